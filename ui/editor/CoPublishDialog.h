#pragma once
#include "app/domain/Item.h"
#include "app/domain/User.h"
#include "app/editing/CoPublishing.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace pd::api {
class PortalClient;
}

namespace pd::ui {

/// 站群 from the editor: where the item is published on the other sites of the group (each placement with its
/// state there), and the sites and columns it may still be placed into, ticked and sent in one go.
class CoPublishDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoPublishDialog)

public:
    CoPublishDialog(api::PortalClient &client, const domain::Item &item, const domain::User &user,
                    QWidget *parent = nullptr);

    [[nodiscard]] editing::CoPublishing &coPublishing() { return m_coPublishing; }
    [[nodiscard]] QTreeView *targetView() const { return m_targets; }
    [[nodiscard]] QTableView *placementView() const { return m_placements; }
    [[nodiscard]] QPushButton *placeButton() const { return m_place; }
    [[nodiscard]] QPushButton *removeButton() const { return m_remove; }
    [[nodiscard]] QString messageText() const;

private:
    void updateButtons();
    void setMessage(const QString &text, bool error);

    editing::CoPublishing m_coPublishing;
    QTreeView *m_targets = nullptr;
    QTableView *m_placements = nullptr;
    QPushButton *m_place = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    bool m_busy = false;
};

} // namespace pd::ui
