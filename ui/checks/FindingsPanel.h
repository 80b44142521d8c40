#pragma once
#include "app/checks/Finding.h"

#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

namespace pd::checks {
class FindingsModel;
}

namespace pd::ui {

/// The findings of the content checks beside an editor: one row per finding with severity, kind,
/// where, excerpt and suggestion, the explanation as tooltip, and a count of what blocks a submit.
/// The panel only reports intent — the editor (or a SourceCheckBinder) selects the text or applies the fix:
/// - clicking or activating a row emits findingActivated();
/// - the "Apply suggestion" button, the row's context menu action, or a double click on the suggestion column
///   emits applySuggestionRequested() for a finding that has a suggestion.
class FindingsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)

public:
    /// The model is not owned; it must outlive the panel.
    explicit FindingsPanel(checks::FindingsModel &model, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QPushButton *applyButton() const { return m_apply; }
    /// The finding of the current row, if any.
    [[nodiscard]] std::optional<checks::Finding> currentFinding() const;

Q_SIGNALS:
    /// Show this place: `finding.field`, [start, start + length) of its checked text.
    void findingActivated(const pd::checks::Finding &finding);
    /// Replace [start, start + length) of `finding.field` by `finding.suggestion`.
    void applySuggestionRequested(const pd::checks::Finding &finding);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void activate(const QModelIndex &index);
    void applyCurrent();

    checks::FindingsModel &m_model;
    QLabel *m_summary = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_apply = nullptr;
    QAction *m_applyAction = nullptr;
};

} // namespace pd::ui
