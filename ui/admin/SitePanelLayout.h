#pragma once
#include <QList>
#include <QString>

class QBoxLayout;
class QWidget;

namespace pd::ui {

class MessageLine;
class SiteChooser;

/// How the administration screens that list one site's things (栏目, 主题分类) are laid out: the site chooser on
/// top, a hint under it, the list beside its forms, and the message line at the bottom.
class SitePanelLayout
{
public:
    /// Lays `panel` out; `forms` stack beside `list`, in order.
    static void arrange(QWidget *panel, SiteChooser *site, const QString &hint, QWidget *list,
                        const QList<QWidget *> &forms, MessageLine *message);
    /// A row of buttons, left-aligned, for the end of a form.
    [[nodiscard]] static QBoxLayout *buttonRow(const QList<QWidget *> &buttons);
};

} // namespace pd::ui
