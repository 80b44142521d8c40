#include "ui/checks/SourceCheckBinder.h"

#include "ui/checks/FindingsPanel.h"

#include <QPlainTextEdit>
#include <QTextCursor>

namespace pd::ui {

SourceCheckBinder::SourceCheckBinder(QPlainTextEdit &edit, checks::CheckRunner &runner, FindingsPanel &panel,
                                     QString field, checks::CheckRunner::Format format, QObject *parent)
    : QObject(parent)
    , m_edit(&edit)
    , m_runner(runner)
    , m_field(std::move(field))
    , m_format(format)
{
    connect(&edit, &QPlainTextEdit::textChanged, this, &SourceCheckBinder::textEdited);
    connect(&panel, &FindingsPanel::findingActivated, this, &SourceCheckBinder::select);
    connect(&panel, &FindingsPanel::applySuggestionRequested, this, &SourceCheckBinder::apply);
    textEdited();
}

bool SourceCheckBinder::current(const checks::Finding &finding) const
{
    if (!m_edit || finding.field != m_field)
        return false;
    // Offsets index the checked text; a finding of older text would point at the wrong place.
    const QString text = m_edit->toPlainText();
    return text == m_runner.checkedText(m_field) && finding.start >= 0 && finding.start + finding.length <= text.size();
}

bool SourceCheckBinder::select(const checks::Finding &finding)
{
    if (!current(finding))
        return false;
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(int(finding.start));
    cursor.setPosition(int(finding.start + finding.length), QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    m_edit->ensureCursorVisible();
    m_edit->setFocus(Qt::OtherFocusReason);
    return true;
}

bool SourceCheckBinder::apply(const checks::Finding &finding)
{
    if (finding.suggestion.isEmpty() || !current(finding))
        return false;
    QTextCursor cursor(m_edit->document());
    cursor.setPosition(int(finding.start));
    cursor.setPosition(int(finding.start + finding.length), QTextCursor::KeepAnchor);
    cursor.insertText(finding.suggestion); // one undo step; textChanged() re-checks
    m_edit->setTextCursor(cursor);
    return true;
}

void SourceCheckBinder::textEdited()
{
    if (m_edit)
        m_runner.setText(m_field, m_edit->toPlainText(), m_format);
}

} // namespace pd::ui
