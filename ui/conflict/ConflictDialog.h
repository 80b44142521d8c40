#pragma once
#include "app/domain/Item.h"
#include "app/editing/ConflictMerge.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QTableWidget;

namespace pd::ui {

/// The 412 dialog: each field that differs, the user's value beside the server's, a per-field choice and the
/// merged result that will be saved on top of the server's revision.
class ConflictDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    ConflictDialog(const domain::Item &mine, const domain::Item &theirs, QWidget *parent = nullptr);

    [[nodiscard]] domain::Item merged() const { return m_merge.merged(); }
    /// Chooses a side for a field (as the combo box in its row does).
    void choose(const QString &key, editing::ConflictMerge::Side side);
    [[nodiscard]] QTableWidget *table() const { return m_table; }

private:
    void buildTable();
    /// Keep all mine, take all theirs, save, cancel: made and connected.
    [[nodiscard]] QDialogButtonBox *buildButtons();
    void chooseAll(editing::ConflictMerge::Side side);
    void updateResult();

    editing::ConflictMerge m_merge;
    QList<editing::ConflictField> m_rows;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_result = nullptr;
};

} // namespace pd::ui
