#include "ui/live/PluginsDialog.h"

#include "plugins/host/PluginManager.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

PluginsDialog::PluginsDialog(plugins::PluginManager &manager, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_list(new QListWidget(this))
{
    setObjectName(u"pluginsDialog"_s);
    setWindowTitle(tr("Plugins"));
    m_list->setObjectName(u"pluginList"_s);
    auto *note = new QLabel(tr("Changes take effect at the next start of PortalDesk."), this);
    note->setObjectName(u"pluginsNote"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &PluginsDialog::apply);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(520, 320);
    fill();
}

void PluginsDialog::fill()
{
    const QList<plugins::PluginRecord> records = m_manager.plugins();
    for (const plugins::PluginRecord &r : records) {
        if (r.state == plugins::PluginState::Invalid)
            continue; // nothing the user can switch; the 直播 page says what is wrong with it
        QString state;
        switch (r.state) {
        case plugins::PluginState::Loaded:
            state = tr("loaded");
            break;
        case plugins::PluginState::Available:
            state = tr("not loaded");
            break;
        case plugins::PluginState::Disabled:
            state = tr("turned off");
            break;
        case plugins::PluginState::Incompatible:
            state = tr("incompatible");
            break;
        case plugins::PluginState::Failed:
        case plugins::PluginState::Invalid:
            state = tr("failed to load");
            break;
        }
        QString text = tr("%1 %2 (%3)").arg(r.meta.displayName(QLocale()), r.meta.version, state);
        // Where a plugin PortalDesk did not install comes from is what the user needs to judge it.
        if (r.origin == plugins::PluginOrigin::External)
            text += u'\n' + tr("Not installed with PortalDesk: %1").arg(QDir::toNativeSeparators(r.filePath));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(IdRole, r.meta.id);
        item->setToolTip(r.problem.isEmpty() ? r.filePath : r.problem);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_manager.isEnabled(r.meta.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void PluginsDialog::apply()
{
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        const QString id = item->data(IdRole).toString();
        const bool enabled = item->checkState() == Qt::Checked;
        if (m_manager.isEnabled(id) != enabled)
            m_manager.setEnabled(id, enabled);
    }
}

} // namespace pd::ui
