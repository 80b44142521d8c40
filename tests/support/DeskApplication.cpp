#include "tests/support/DeskApplication.h"

#include "tests/support/PortaldFixture.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace pd::test {

bool DeskApplication::prepare(const QString &name)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortalDeskTest"));
    QCoreApplication::setApplicationName(name);
    QSettings().clear();
    return installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China));
}

bool DeskApplication::startDemo(const QString &name, PortaldFixture &portal, DemoWorkflow::Accounts &accounts)
{
    return prepare(name) && portal.startSignedIn(accounts);
}

} // namespace pd::test
