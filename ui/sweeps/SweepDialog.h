#pragma once
#include "app/domain/SweepFinding.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pd::models {
class SweepDesk;
}

namespace pd::ui {

/// 巡检: a whole-site sweep of the current site — content (every published item against the current rules) or
/// links (every link of every public page) — started, followed and cancelled here, its findings listed per item;
/// a finding opens its item in the editor at the place, and is marked 已整改 (re-checked by the portal) or 忽略 (with
/// a reason). Renders models::SweepDesk, which does the work.
class SweepDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepDialog)

public:
    /// `canSweep`: whether the user may start, cancel and settle (editors, publishers, admins); others only look.
    SweepDialog(models::SweepDesk &desk, bool canSweep, QWidget *parent = nullptr);

    [[nodiscard]] QComboBox *kindBox() const { return m_kind; }
    [[nodiscard]] QProgressBar *progress() const { return m_progress; }
    [[nodiscard]] QLabel *progressLabel() const { return m_progressText; }
    [[nodiscard]] QLabel *linkSummary() const { return m_linkSummary; }
    [[nodiscard]] QLabel *message() const { return m_message; }
    [[nodiscard]] QTableView *findingsView() const { return m_view; }
    [[nodiscard]] QPushButton *startButton() const { return m_start; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QPushButton *openButton() const { return m_open; }
    [[nodiscard]] QPushButton *fixedButton() const { return m_fixed; }
    [[nodiscard]] QPushButton *ignoreButton() const { return m_ignore; }

    /// Ignores the selected finding with `reason` (the 忽略… button asks for it).
    void ignoreSelected(const QString &reason);

Q_SIGNALS:
    /// Open the finding's item in the editor with the match selected.
    void openFindingRequested(const pd::domain::SweepFinding &finding);

private:
    void render();
    void updateButtons();
    [[nodiscard]] const domain::SweepFinding *selected() const;
    void askIgnoreReason();
    void showMessage(const QString &text, bool error);

    models::SweepDesk &m_desk;
    bool m_canSweep = false;
    QComboBox *m_kind = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_linkSummary = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_fixed = nullptr;
    QPushButton *m_ignore = nullptr;
};

} // namespace pd::ui
