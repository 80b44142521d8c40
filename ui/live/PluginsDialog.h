#pragma once
#include <QDialog>

class QListWidget;

namespace pd::plugins {
class PluginManager;
}

namespace pd::ui {

/// Tools → Plugins…: every plugin found, with its version and state, and a checkbox to turn it on or off.
/// Choices are saved when the dialog is accepted and take effect at the next start (loaded code stays loaded).
class PluginsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PluginsDialog)

public:
    explicit PluginsDialog(plugins::PluginManager &manager, QWidget *parent = nullptr);

    /// Writes the checkboxes' state into the settings (also done on accept).
    void apply();

private:
    void fill();

    plugins::PluginManager &m_manager;
    QListWidget *m_list;
};

} // namespace pd::ui
