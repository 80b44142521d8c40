#include "ui/admin/SitePanelLayout.h"

#include "ui/admin/MessageLine.h"
#include "ui/admin/SiteChooser.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pd::ui {

void SitePanelLayout::arrange(QWidget *panel, SiteChooser *site, const QString &hint, QWidget *list,
                              const QList<QWidget *> &forms, MessageLine *message)
{
    auto *hintLabel = new QLabel(hint, panel);
    hintLabel->setWordWrap(true);

    auto *side = new QVBoxLayout;
    for (QWidget *form : forms)
        side->addWidget(form);
    side->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(list, 3);
    body->addLayout(side, 2);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QCoreApplication::translate("pd::ui::SitePanelLayout", "Site:"), panel));
    top->addWidget(site);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->addLayout(top);
    layout->addWidget(hintLabel);
    layout->addLayout(body, 1);
    layout->addWidget(message);
}

QBoxLayout *SitePanelLayout::buttonRow(const QList<QWidget *> &buttons)
{
    auto *row = new QHBoxLayout;
    for (QWidget *button : buttons)
        row->addWidget(button);
    row->addStretch(1);
    return row;
}

} // namespace pd::ui
