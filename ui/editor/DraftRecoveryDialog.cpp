#include "ui/editor/DraftRecoveryDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

DraftRecoveryDialog::DraftRecoveryDialog(const QList<store::Draft> &drafts, QWidget *parent)
    : QDialog(parent)
    , m_drafts(drafts)
{
    setObjectName(u"draftRecoveryDialog"_s);
    setWindowTitle(tr("Restore unsaved work"));
    resize(560, 360);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("PortalDesk did not close properly last time. These items have changes that were "
                                "kept locally but never reached the server. Restore the ticked ones; unticked ones "
                                "are discarded."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"draftList"_s);
    m_list->setAccessibleName(tr("Unsaved drafts"));
    for (const store::Draft &d : drafts) {
        QString title = d.title();
        if (title.isEmpty())
            title = tr("Untitled");
        const QString when = QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat);
        const QString text = d.itemId > 0 ? tr("%1 — item %2, changed %3").arg(title).arg(d.itemId).arg(when)
                                          : tr("%1 — new item, changed %2").arg(title, when);
        auto *row = new QListWidgetItem(text, m_list);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Checked);
    }
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(u"restoreButton"_s);
    restore->setDefault(true);
    QPushButton *later = buttons->addButton(tr("Ask me &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"laterButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<store::Draft> DraftRecoveryDialog::chosen() const
{
    QList<store::Draft> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_drafts.at(i));
    return out;
}

QList<store::Draft> DraftRecoveryDialog::discarded() const
{
    QList<store::Draft> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() != Qt::Checked)
            out.append(m_drafts.at(i));
    return out;
}

} // namespace pd::ui
