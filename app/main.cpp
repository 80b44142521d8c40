// portaldesk: the desktop client. Thin on purpose: parse the command line, pick the language, build the
// AppContext and run. Everything else lives in the libraries so that tests drive the same code.
#include "app/AppContext.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PortalDesk"_s);
    QApplication::setApplicationName(u"portaldesk"_s);
    // No applicationDisplayName: X11 would append it to every title, and the main window's title already reads
    // "门户编辑台 PortalDesk — <site>" (every dialog and message box carries its own title).
    QApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/portaldesk.svg"_s));
    // Windows come and go (login → main window → login); the app ends when the user leaves, not in between.
    QApplication::setQuitOnLastWindowClosed(false);

    QSettings settings;

    // The language has to be known before the --help text is produced, so --lang is looked at first.
    QString lang = settings.value(u"ui/language"_s).toString();
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--lang"_s && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(u"--lang="_s))
            lang = args.at(i).mid(7);
    }
    pd::installTranslations(app, pd::uiLocale(lang, QLocale::system()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "PortalDesk — the desktop back office of the government portal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(u"server"_s, QCoreApplication::translate("main", "Portal server address."),
                                          u"URL"_s);
    const QCommandLineOption userOption(u"user"_s,
                                        QCoreApplication::translate("main", "User name to sign in with. With the "
                                                                            "PORTALDESK_PASSWORD environment variable "
                                                                            "set, sign in without asking."),
                                        u"NAME"_s);
    const QCommandLineOption langOption(u"lang"_s,
                                        QCoreApplication::translate("main", "User interface language: zh_CN or en "
                                                                            "(default: the system language)."),
                                        u"LANG"_s);
    const QCommandLineOption quitOption(u"quit-after-shown"_s,
                                        QCoreApplication::translate("main", "Measurement: quit as soon as the main "
                                                                            "window is first shown."));
    parser.addOptions({serverOption, userOption, langOption, quitOption});
    parser.process(app);

    pd::app::StartOptions options;
    options.server = parser.value(serverOption);
    options.user = parser.value(userOption);
    options.password = qEnvironmentVariable("PORTALDESK_PASSWORD");
    options.quitAfterShown = parser.isSet(quitOption);

    pd::app::AppContext context(settings);
    QObject::connect(&context, &pd::app::AppContext::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    if (options.quitAfterShown)
        QObject::connect(&context, &pd::app::AppContext::mainWindowShown, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
    // Start inside the event loop so that quitting during start-up behaves like any other quit.
    QTimer::singleShot(0, &context, [&context, options] { context.start(options); });
    return app.exec();
}
