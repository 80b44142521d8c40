#include "ui/sweeps/SweepFindingOpener.h"

#include "app/checks/Finding.h"
#include "app/editing/DocumentSession.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/mainwindow/MainWindow.h"

#include <QTimer>

namespace pd::ui {

ItemEditorWindow *SweepFindingOpener::open(MainWindow &window, const domain::SweepFinding &finding)
{
    ItemEditorWindow *editor = window.openItem(finding.itemId);
    if (!editor || finding.isLink())
        return editor;
    checks::Finding place;
    place.ruleId = finding.ruleId;
    place.kind = checks::ruleKindFromCode(finding.kind).value_or(checks::RuleKind::Wording);
    place.severity = checks::severityFromCode(finding.severity).value_or(checks::Severity::Warn);
    place.field = finding.field;
    place.start = finding.start;
    place.length = finding.length;
    place.excerpt = finding.excerpt;
    place.suggestion = finding.suggestion;
    place.message = finding.message;
    const auto status = editor->session().status();
    if (editor->session().item().id == finding.itemId && status != editing::DocumentSession::Status::Loading
        && status != editing::DocumentSession::Status::Empty) {
        editor->showFinding(place);
        return editor;
    }
    // The form is filled on `loaded` itself; the selection goes in once that has run.
    QObject::connect(&editor->session(), &editing::DocumentSession::loaded, editor,
                     [editor, place] { QTimer::singleShot(0, editor, [editor, place] { editor->showFinding(place); }); },
                     Qt::SingleShotConnection);
    return editor;
}

} // namespace pd::ui
