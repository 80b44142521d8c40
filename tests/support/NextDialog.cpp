#include "tests/support/NextDialog.h"

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

namespace pd::test {

void NextDialog::accept(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, qApp, [fill = std::move(fill)] {
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())));
        fill(dialog);
        dialog->accept();
    });
}

} // namespace pd::test
