#include "ui/admin/MessageLine.h"

using namespace Qt::StringLiterals;

namespace pd::ui {

MessageLine::MessageLine(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageLine::showMessage(const QString &text, bool error)
{
    m_error = error;
    setText(text);
    setStyleSheet(error ? u"color: #b42318;"_s : QString());
    setVisible(!text.isEmpty());
}

QString MessageLine::shownText() const
{
    return isHidden() ? QString() : text();
}

} // namespace pd::ui
