#pragma once
#include "app/store/Draft.h"

#include <QDialog>

class QListWidget;

namespace pd::ui {

/// Shown after a crash: the drafts with unsaved changes, each restorable (reopened in an editor) or discardable.
class DraftRecoveryDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftRecoveryDialog)

public:
    explicit DraftRecoveryDialog(const QList<store::Draft> &drafts, QWidget *parent = nullptr);

    /// The drafts the user ticked (to reopen).
    [[nodiscard]] QList<store::Draft> chosen() const;
    /// The drafts the user unticked (to throw away).
    [[nodiscard]] QList<store::Draft> discarded() const;
    [[nodiscard]] QListWidget *list() const { return m_list; }

private:
    QList<store::Draft> m_drafts;
    QListWidget *m_list = nullptr;
};

} // namespace pd::ui
