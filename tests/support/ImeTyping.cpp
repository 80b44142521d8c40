#include "tests/support/ImeTyping.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QWidget>

namespace pd::test {

void ImeTyping::commit(QWidget *target, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); i += 2) {
        QInputMethodEvent event;
        event.setCommitString(text.mid(i, 2));
        QCoreApplication::sendEvent(target, &event);
        QCoreApplication::processEvents();
    }
}

} // namespace pd::test
