// portaldesk-cli: the client core without a window, for scripting and measurements.
// The password never comes from an argument (it would show in `ps` and shell history).
#include "app/cli/CliRunner.h"
#include "app/cli/PasswordPrompt.h"
#include "translations/Translations.h"
#include "ui/reports/ReportChart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Only `report` and `live-report` draw (Qt Charts needs a QApplication); they show no window, so they need no
    // display either. Every other command keeps the lighter QCoreApplication.
    const bool drawing = std::any_of(argv + 1, argv + argc, [](const char *arg) {
        return qstrcmp(arg, "report") == 0 || qstrcmp(arg, "live-report") == 0;
    });
    if (drawing && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        drawing ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"PortalDesk"_s);
    QCoreApplication::setApplicationName(u"portaldesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PD_VERSION));
    pd::installTranslations(app, pd::uiLocale(qEnvironmentVariable("PORTALDESK_LANG"), QLocale::system()));

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Command-line access to the government portal. The password is read from the "
                "PORTALDESK_PASSWORD environment variable or asked for without echo.\n\n"
                "Exit codes: 0 done; 1 refused or failed otherwise (wrong password, not found, server error); "
                "2 wrong command line; 3 server unreachable; 4 your role may not do this (403); "
                "5 not possible in the item's current state, or changed by someone else meanwhile (409, 412); "
                "6 a field is missing or wrong, e.g. withdraw without --reason (422)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(u"server"_s, QCoreApplication::translate("main", "Portal server address."),
                                          u"URL"_s);
    const QCommandLineOption userOption(u"user"_s, QCoreApplication::translate("main", "User name."), u"NAME"_s);
    const QCommandLineOption siteOption(u"site"_s,
                                        QCoreApplication::translate("main", "Site id for commands about one site "
                                                                            "(default: the first site)."),
                                        u"ID"_s);
    const QCommandLineOption jsonOption(u"json"_s, QCoreApplication::translate("main", "Print JSON."));
    const QCommandLineOption fileOption(u"file"_s,
                                        QCoreApplication::translate("main", "Item JSON file for create and update."),
                                        u"FILE"_s);
    const QCommandLineOption commentOption(u"comment"_s,
                                           QCoreApplication::translate("main", "Comment for a workflow action "
                                                                               "(required to reject)."),
                                           u"TEXT"_s);
    const QCommandLineOption reasonOption(u"reason"_s,
                                          QCoreApplication::translate("main", "Reason for withdraw (required), "
                                                                              "unpublish, archive, invalidate and an "
                                                                              "urgent publish (required); the same as "
                                                                              "--comment."),
                                          u"TEXT"_s);
    const QCommandLineOption atOption(u"at"_s,
                                      QCoreApplication::translate("main", "schedule: the publish time, e.g. "
                                                                          "2026-12-24T08:00:00+08:00."),
                                      u"TIME"_s);
    const QCommandLineOption urgentOption(u"urgent"_s,
                                          QCoreApplication::translate("main", "publish: put the pending edit of a "
                                                                              "published item online at once "
                                                                              "(publishers; needs --reason)."));
    const QCommandLineOption validityOption(u"validity"_s,
                                            QCoreApplication::translate("main", "invalidate: 失效 or 废止."),
                                            u"VALIDITY"_s);
    const QCommandLineOption effectiveOption(u"effective-date"_s,
                                             QCoreApplication::translate("main", "invalidate: the day it takes "
                                                                                 "effect, YYYY-MM-DD."),
                                             u"DATE"_s);
    const QCommandLineOption replacedByOption(u"replaced-by"_s,
                                              QCoreApplication::translate("main", "invalidate: the id of the "
                                                                                  "document that replaces it."),
                                              u"ID"_s);
    const QCommandLineOption stateOption(u"state"_s, QCoreApplication::translate("main", "list: only items in this state."),
                                         u"STATE"_s);
    const QCommandLineOption typeOption(u"type"_s, QCoreApplication::translate("main", "list: only items of this type."),
                                        u"TYPE"_s);
    const QCommandLineOption mineOption(u"mine"_s, QCoreApplication::translate("main", "list: only my items."));
    const QCommandLineOption storeOption(u"store"_s,
                                         QCoreApplication::translate("main", "Local database with the outbox, for "
                                                                             "import and sync (default: per account)."),
                                         u"FILE"_s);
    const QCommandLineOption fromOption(u"from"_s,
                                        QCoreApplication::translate("main", "report: the first day, YYYY-MM-DD "
                                                                            "(default: the first of last month)."),
                                        u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s,
                                      QCoreApplication::translate("main", "report: the last day, included "
                                                                          "(default: the end of last month)."),
                                      u"DATE"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, QCoreApplication::translate("main", "report, live-report: write the PDF here."),
                                       u"FILE"_s);
    const QCommandLineOption csvOption(u"csv"_s, QCoreApplication::translate("main", "report, live-report: write the CSV here."),
                                       u"FILE"_s);
    const QCommandLineOption groupOption(u"group"_s,
                                         QCoreApplication::translate("main", "report: compare every site of the "
                                                                             "site group."));
    parser.addOptions({serverOption, userOption, siteOption, jsonOption, fileOption, commentOption, reasonOption,
                       atOption, urgentOption, validityOption, effectiveOption, replacedByOption, stateOption,
                       typeOption, mineOption, storeOption, fromOption, toOption, pdfOption, csvOption, groupOption});
    parser.addPositionalArgument(u"command"_s, pd::cli::CliRunner::commands().join(u" | "_s));
    parser.addPositionalArgument(u"id"_s, QCoreApplication::translate("main", "Item id (show, update and the "
                                                                              "workflow actions), live event id "
                                                                              "(live-posts, live-report), live post id "
                                                                              "(live-approve) or folder (import)."),
                                 u"[id|folder]"_s);
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2
        || !pd::cli::CliRunner::commands().contains(positional.constFirst())) {
        err << QCoreApplication::translate("main", "Give exactly one command: %1")
                   .arg(pd::cli::CliRunner::commands().join(u", "_s))
            << Qt::endl;
        return 2;
    }
    if (!parser.isSet(serverOption) || !parser.isSet(userOption)) {
        err << QCoreApplication::translate("main", "--server and --user are required.") << Qt::endl;
        return 2;
    }

    pd::cli::CliOptions options;
    options.server = parser.value(serverOption);
    options.user = parser.value(userOption);
    options.command = positional.constFirst();
    options.arguments = positional.mid(1);
    options.json = parser.isSet(jsonOption);
    options.file = parser.value(fileOption);
    options.comment = parser.isSet(reasonOption) ? parser.value(reasonOption) : parser.value(commentOption);
    options.urgent = parser.isSet(urgentOption);
    options.validity = parser.value(validityOption);
    options.effectiveDate = parser.value(effectiveOption);
    if (parser.isSet(atOption)) {
        options.publishAt = parser.value(atOption);
        if (!QDateTime::fromString(options.publishAt, Qt::ISODateWithMs).isValid()) {
            err << QCoreApplication::translate("main", "--at needs a time such as 2026-12-24T08:00:00+08:00.")
                << Qt::endl;
            return pd::cli::CliRunner::Usage;
        }
    }
    if (parser.isSet(replacedByOption)) {
        bool ok = false;
        options.replacedBy = parser.value(replacedByOption).toLongLong(&ok);
        if (!ok || options.replacedBy <= 0) {
            err << QCoreApplication::translate("main", "--replaced-by needs an item id.") << Qt::endl;
            return pd::cli::CliRunner::Usage;
        }
    }
    options.state = parser.value(stateOption);
    options.type = parser.value(typeOption);
    options.mine = parser.isSet(mineOption);
    options.store = parser.value(storeOption);
    options.from = parser.value(fromOption);
    options.to = parser.value(toOption);
    options.pdf = parser.value(pdfOption);
    options.csv = parser.value(csvOption);
    options.group = parser.isSet(groupOption);
    if (parser.isSet(siteOption)) {
        bool ok = false;
        options.siteId = parser.value(siteOption).toLongLong(&ok);
        if (!ok || options.siteId <= 0) {
            err << QCoreApplication::translate("main", "--site needs a positive number.") << Qt::endl;
            return 2;
        }
    }
    if (qEnvironmentVariableIsSet("PORTALDESK_PASSWORD")) {
        options.password = qEnvironmentVariable("PORTALDESK_PASSWORD");
    } else {
        const auto typed = pd::cli::PasswordPrompt::read(
            QCoreApplication::translate("main", "Password for %1: ").arg(options.user));
        if (!typed) {
            err << QCoreApplication::translate("main", "No password given.") << Qt::endl;
            return 2;
        }
        options.password = *typed;
    }

    pd::cli::CliRunner runner(out, err);
    runner.setChartPainter(&pd::ui::ReportChart::bars);
    QObject::connect(&runner, &pd::cli::CliRunner::finished, &app, [](int code) { QCoreApplication::exit(code); },
                     Qt::QueuedConnection);
    QTimer::singleShot(0, &runner, [&runner, options] { runner.run(options); });
    return app.exec();
}
