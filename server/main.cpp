// portald: the PortalDesk reference portal server. Everything of substance lives in the libraries under server/.
#include "server/PortalServer.h"
#include "server/ServerOptions.h"
#include "server/SignalWatcher.h"
#include "server/http/ApiServer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <cstdio>
#include <sys/resource.h>

#ifdef PD_HAVE_TRANSLATIONS
#include "translations/Translations.h"
#endif

using namespace Qt::StringLiterals;

namespace {

/// Every public reader is an open descriptor: a soft limit left at a login shell's 1,024 would refuse readers while
/// the hard limit allows far more, so portald takes all it may have.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any thread exists, so every thread inherits the mask and the signalfd sees the signals.
    pd::server::SignalWatcher::blockShutdownSignals();
    raiseFileLimit();
    // Qt's own poll() dispatcher rather than GLib's: with a thousand live-page WebSockets every event-loop turn walked
    // GLib's per-socket sources (a third of portald's time while fanning a post out); portald needs nothing of GLib.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"portald"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
#ifdef PD_HAVE_TRANSLATIONS
    // Domain validation messages are English source text; portald always answers in Chinese.
    pd::installTranslations(app, QLocale(QLocale::Chinese, QLocale::China));
#endif

    auto options = pd::server::ServerOptions::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "portald: %s\n", qPrintable(options.error().message));
        return 2;
    }
    pd::server::PortalServer server(*options);
    if (options->listRoutes) {
        options->dataDir.clear();
        pd::server::PortalServer routesOnly(*options);
        if (auto r = routesOnly.prepare(); !r) {
            std::fprintf(stderr, "portald: %s\n", qPrintable(r.error().message));
            return 1;
        }
        for (const pd::server::RouteInfo &route : routesOnly.api().routes())
            std::printf("%s %s\n", route.method.constData(), qPrintable(route.pattern));
        return 0;
    }
    if (auto r = server.prepare(); !r) {
        std::fprintf(stderr, "portald: %s\n", qPrintable(r.error().message));
        return 1;
    }
    if (options->generateItems > 0 || options->generateRules > 0) {
        if (options->generateItems > 0) {
            auto made = server.generateItems(options->generateItems);
            if (!made) {
                std::fprintf(stderr, "portald: %s\n", qPrintable(made.error().message));
                return 1;
            }
            std::printf("portald: generated %d items\n", *made);
        }
        if (options->generateRules > 0) {
            auto made = server.generateRules(options->generateRules);
            if (!made) {
                std::fprintf(stderr, "portald: %s\n", qPrintable(made.error().message));
                return 1;
            }
            std::printf("portald: generated %d check rules\n", *made);
        }
        return 0;
    }
    if (options->init) {
        // Never an argument: a password on the command line ends up in the shell history and in `ps`.
        QString password = qEnvironmentVariable("PORTALD_ADMIN_PASSWORD");
        if (password.isEmpty()) {
            QTextStream in(stdin);
            password = in.readLine();
        }
        if (auto r = server.initialise(password); !r) {
            std::fprintf(stderr, "portald: %s\n", qPrintable(r.error().message));
            return 1;
        }
        std::printf("portald: portal %s initialised with administrator %s\n", qPrintable(options->siteName),
                    qPrintable(options->adminUser));
        return 0;
    }
    if (!options->addUser.isEmpty()) {
        if (auto r = server.addUser(); !r) {
            std::fprintf(stderr, "portald: %s\n", qPrintable(r.error().message));
            return 1;
        }
        std::printf("portald: account %s created\n", qPrintable(options->addUser));
        return 0;
    }

    pd::server::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &pd::server::SignalWatcher::shutdownRequested, &app, [](int) { QCoreApplication::quit(); });

    auto port = server.start();
    if (!port) {
        std::fprintf(stderr, "portald: %s\n", qPrintable(port.error().message));
        return 1;
    }
    const QString host = options->address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u"[%1]"_s.arg(options->address.toString())
                             : options->address.toString();
    std::printf("portald listening on http://%s:%u\n", qPrintable(host), unsigned(*port));
    std::fflush(stdout);
    return app.exec();
}
