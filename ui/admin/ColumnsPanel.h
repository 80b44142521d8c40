#pragma once
#include "app/admin/AdminApi.h"
#include "app/admin/ColumnArrangementModel.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace pd::ui {

class FieldErrorRows;
class MessageLine;
class SiteChooser;

/// 栏目: the column tree of the chosen site. Drag and drop moves and reorders columns; the form beside the tree
/// renames the selected column and sets its kind, update rule, catalogue flag and whether it is in use. Every
/// change goes to the server first; a refusal shows the server's reason and the tree snaps back.
class ColumnsPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnsPanel)

public:
    explicit ColumnsPanel(admin::AdminApi &api, QWidget *parent = nullptr);
    ~ColumnsPanel() override;

    void setSites(const QList<domain::Site> &sites);
    [[nodiscard]] qint64 siteId() const;
    /// Loads the chosen site's tree again.
    void reload();
    [[nodiscard]] admin::ColumnArrangementModel *model() { return &m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    /// Selects a column (and fills the form with it).
    void selectColumn(qint64 id);
    [[nodiscard]] qint64 selectedId() const;
    /// Adds a column named in the "new column" row, at the top level or under the selected column.
    void addColumn(bool underSelected);
    /// Sends the form of the selected column.
    void saveSelected();
    void deleteSelected();
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] bool messageIsError() const;

Q_SIGNALS:
    /// The tree of the chosen site was (re)loaded from the server.
    void loaded();

private:
    void move(qint64 columnId, qint64 parentId, int position);
    void fillForm();
    /// Shows a refusal and puts the tree back as the server still has it.
    void refuse(const pd::Error &error);
    void afterChange(qint64 selectId, const QString &message);

    admin::AdminApi &m_api;
    admin::ColumnArrangementModel m_model;
    std::unique_ptr<FieldErrorRows> m_rows;
    SiteChooser *m_site = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_updateDays = nullptr;
    QCheckBox *m_inCatalogue = nullptr;
    QCheckBox *m_enabled = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QLineEdit *m_newName = nullptr;
    QComboBox *m_newKind = nullptr;
    MessageLine *m_message = nullptr;
    qint64 m_pendingSelection = 0;
};

} // namespace pd::ui
