// A child process for tst_offline_work that runs the client core as the desk does: it signs in, waits for "go" on
// standard input, then creates a news item with DocumentSession against the given store. When the portal's answer
// is lost on the way, the create lands in the outbox under the key of its first attempt; the helper prints
// "queued <outbox id>" and waits to be killed (SIGKILL), so the test can prove that the resend makes no second item.
// Arguments: server URL, store path, site id, column id, title.
#include "app/api/PortalClient.h"
#include "app/editing/DocumentSession.h"
#include "app/store/LocalStore.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        std::fprintf(stderr, "usage: pd_offline_helper SERVER STORE SITE COLUMN TITLE\n");
        return 2;
    }
    QTextStream out(stdout);
    pd::api::PortalClient client;
    pd::store::LocalStore store;
    if (auto opened = store.open(args.at(2)); !opened) {
        out << "error " << opened.error().message << Qt::endl;
        return 1;
    }
    pd::editing::DocumentSession session(client, &store);
    QObject::connect(&session, &pd::editing::DocumentSession::queuedOffline, &app,
                     [&out](qint64 id) { out << "queued " << id << Qt::endl; });
    QObject::connect(&session, &pd::editing::DocumentSession::saved, &app, [&out] { out << "saved" << Qt::endl; });
    QObject::connect(&session, &pd::editing::DocumentSession::failed, &app,
                     [&out](const pd::Error &e) { out << "error " << e.message << Qt::endl; });
    client.login(QUrl(args.at(1)), u"editor"_s, u"portaldesk-demo"_s, &app,
                 [&](pd::Result<pd::domain::User> user) {
                     if (!user) {
                         out << "error " << user.error().message << Qt::endl;
                         QCoreApplication::exit(1);
                         return;
                     }
                     out << "ready" << Qt::endl;
                     // The test arms its proxy between "ready" and "go".
                     std::string line;
                     std::getline(std::cin, line);
                     session.create(pd::domain::ItemType::News, args.at(3).toLongLong(), {args.at(4).toLongLong()});
                     pd::domain::Item content = session.item();
                     content.title = args.at(5);
                     content.summary = u"断网期间新建的稿件。"_s;
                     content.bodyHtml = u"<p>断网期间新建的稿件正文。</p>"_s;
                     content.author = u"办公室"_s;
                     session.setContent(content);
                     session.save();
                 });
    return app.exec();
}
