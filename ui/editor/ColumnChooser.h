#pragma once
#include "app/editing/ColumnChoiceFilter.h"

#include <QComboBox>

class QFrame;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace pd::editing {
class ColumnChoiceModel;
}

namespace pd::ui {

/// The editor's 栏目 field: shows the chosen column's full path and opens (mouse, Space, F4 or Alt+↓) a popup with
/// a filter field over the group's column tree; ↑/↓ move, Enter chooses, Esc closes without a change. A combo box
/// on the outside so it looks, tabs and locks like the form's other fields; its own items stay empty.
class ColumnChooser : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    /// `model` (not owned) must outlive the chooser.
    explicit ColumnChooser(editing::ColumnChoiceModel &model, QWidget *parent = nullptr);

    /// Shows `columnId` as the current column (0: none), whether or not it could be chosen in the popup.
    void setCurrentColumn(qint64 columnId);
    [[nodiscard]] qint64 currentColumn() const { return m_current; }
    /// What the field shows: the current column's full path.
    [[nodiscard]] QString currentPath() const;

    void showPopup() override;
    void hidePopup() override;
    [[nodiscard]] bool isPopupVisible() const;
    /// The popup (filter field and tree), for tests and screenshots.
    [[nodiscard]] QFrame *popup() const { return m_popup; }

Q_SIGNALS:
    /// The current column changed (chosen in the popup or set by setCurrentColumn()).
    void currentColumnChanged(qint64 columnId);

protected:
    void initStyleOption(QStyleOptionComboBox *option) const override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void updatePath();
    void applyFilter(const QString &text);
    /// Chooses the tree's row at `index` when it can be chosen; true if it could.
    bool choose(const QModelIndex &index);

    editing::ColumnChoiceModel &m_model;
    editing::ColumnChoiceFilter m_filter;
    QFrame *m_popup = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_nothing = nullptr;
    qint64 m_current = 0;
    QString m_path;
};

} // namespace pd::ui
