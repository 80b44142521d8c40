#pragma once
#include "app/domain/Item.h"
#include "app/editing/RevisionHistory.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace pd::api {
class PortalClient;
}

namespace pd::ui {

/// An item's history: the list of revisions, a side-by-side diff of any two (fields, then the body paragraph by
/// paragraph) and "restore as new draft", which hands the old content back to the editor to be saved on top.
class RevisionsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionsDialog)

public:
    RevisionsDialog(api::PortalClient &client, qint64 itemId, QWidget *parent = nullptr);

    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QTableWidget *diffTable() const { return m_diff; }
    /// Compares two revisions (older left); both are fetched if needed.
    void compare(qint64 left, qint64 right);

Q_SIGNALS:
    /// The revision list arrived.
    void revisionsLoaded();
    /// A comparison is on screen.
    void compared();
    /// The user wants this revision's content as a new draft.
    void restoreRequested(const pd::domain::Item &revision);

private:
    void showRevisions(const QList<pd::editing::RevisionSummary> &revisions);
    void selectionChanged();
    void showDiff();

    editing::RevisionHistory m_history;
    QListWidget *m_list = nullptr;
    QTableWidget *m_diff = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_restore = nullptr;
    qint64 m_left = 0;
    qint64 m_right = 0;
};

} // namespace pd::ui
