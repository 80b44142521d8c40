#pragma once
#include "domain/Error.h"

#include <QMainWindow>

class QLabel;
class QTreeView;

namespace pd::models {
class Workspace;
}

namespace pd::ui {

/// The main window: the site's column tree, with the connection state and the signed-in user in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(models::Workspace &workspace, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *columnTree() const { return m_tree; }

Q_SIGNALS:
    /// The user chose to sign out (the workspace is already signed out).
    void signedOut();
    /// The user picked a UI language; it applies from the next start.
    void languageChosen(const QString &code);

private:
    void updateTitle();
    void updateStatus();
    void updateUser();
    void showError(const pd::Error &error);
    void createMenus();

    models::Workspace &m_workspace;
    QTreeView *m_tree = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_stale = nullptr;
};

} // namespace pd::ui
