// CheckRunner (checks while typing, off the UI thread) and FindingsModel (what the findings panel shows).
#include "app/checksclient/CheckRunner.h"
#include "app/checksclient/FindingsModel.h"
#include "app/checks/LinkChecker.h"
#include "tests/support/CheckSamples.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::checks;

namespace {

bool hasRule(const QList<Finding> &findings, const QString &ruleId, const QString &field = {})
{
    return std::ranges::any_of(findings, [&](const Finding &f) {
        return f.ruleId == ruleId && (field.isEmpty() || f.field == field);
    });
}

/// Answers every HTTP request with 404, so every link it serves is broken.
class NotFoundServer : public QObject
{
public:
    NotFoundServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QString url(const QString &path) const { return u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path); }

private:
    QTcpServer m_server;
};

} // namespace

class tst_CheckRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsRulesAndStructureInEveryField()
    {
        CheckRunner runner;
        runner.setRuleSet(pd::test::CheckSamples::typoAndSensitive(3));
        runner.setMaxTitleLength(10);
        QSignalSpy changed(&runner, &CheckRunner::findingsChanged);
        runner.setText(u"title"_s, u"截止目前全市完成的十二项民生实事工程"_s);
        runner.setText(u"bodyHtml"_s, u"<p>截止目前</p><h2> </h2><img src=\"a.png\">"_s, CheckRunner::Format::Html);
        QVERIFY(!runner.isUpToDate());
        QTRY_VERIFY_WITH_TIMEOUT(runner.isUpToDate(), 5000);
        QCOMPARE(changed.size(), 1);
        const QList<Finding> &f = runner.findings();
        QVERIFY(hasRule(f, u"typo-1"_s, u"title"_s));
        QVERIFY(hasRule(f, u"typo-1"_s, u"bodyHtml"_s));
        QVERIFY(hasRule(f, u"structure.image-alt"_s, u"bodyHtml"_s));
        QVERIFY(hasRule(f, u"structure.empty-heading"_s, u"bodyHtml"_s));
        QVERIFY(std::ranges::any_of(f, [](const Finding &x) { return x.field == u"title" && x.kind == RuleKind::Structure; }));
        // Ordered by field (as first set), then position; HTML offsets index the HTML.
        QCOMPARE(f.first().field, u"title"_s);
        const auto body = std::ranges::find_if(f, [](const Finding &x) { return x.ruleId == u"typo-1" && x.field == u"bodyHtml"; });
        QCOMPARE(body->start, 3);
        QCOMPARE(runner.checkedText(u"bodyHtml"_s).sliced(body->start, body->length), u"截止目前"_s);
        QVERIFY(!runner.hasBlocking());

        // The same text again is no change; a blocking word is.
        runner.setText(u"title"_s, u"截止目前全市完成的十二项民生实事工程"_s);
        QVERIFY(runner.isUpToDate());
        runner.setText(u"summary"_s, u"严禁网上博彩"_s);
        QTRY_VERIFY_WITH_TIMEOUT(runner.isUpToDate(), 5000);
        QVERIFY(runner.hasBlocking());
        runner.removeField(u"summary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(runner.isUpToDate(), 5000);
        QVERIFY(!runner.hasBlocking());
    }

    void staleResultsAreDropped()
    {
        CheckRunner runner;
        runner.setDebounce(std::chrono::milliseconds(0));
        runner.setRuleSet(pd::test::CheckSamples::typoAndSensitive(3));
        QList<QList<Finding>> published;
        connect(&runner, &CheckRunner::findingsChanged, this,
                [&](const QList<Finding> &findings) { published.append(findings); });
        runner.setText(u"summary"_s, u"截止目前的情况"_s);
        runner.checkNow(); // this check is running on the pool …
        runner.setText(u"summary"_s, u"截至目前的情况"_s); // … when the text changes: its result must not show
        QTRY_VERIFY_WITH_TIMEOUT(runner.isUpToDate(), 5000);
        QCOMPARE(published.size(), 1);
        QVERIFY(!hasRule(published.first(), u"typo-1"_s));
        QCOMPARE(runner.checkedText(u"summary"_s), u"截至目前的情况"_s);

        // Typing without a pause longer than the debounce still gets checked now and then.
        runner.setDebounce(std::chrono::milliseconds(100));
        published.clear();
        // A key every 40 ms never leaves a 100 ms pause; without the cap nothing would ever be reported. (A check
        // that outlasts the next key is dropped as stale, so on a loaded machine this may take a few rounds.)
        int keys = 0;
        QTimer typist;
        typist.setInterval(40);
        connect(&typist, &QTimer::timeout, &runner,
                [&] { runner.setText(u"summary"_s, u"截止目前%1"_s.arg(keys++)); });
        typist.start();
        const bool reported = QTest::qWaitFor([&] { return !published.isEmpty(); }, 10000);
        typist.stop();
        QVERIFY2(reported, "no check while typing steadily");
        QVERIFY(hasRule(published.constLast(), u"typo-1"_s));
    }

    void whenUpToDateAnswersOnceForTheCurrentText()
    {
        CheckRunner runner;
        runner.setDebounce(std::chrono::seconds(10)); // only checkNow() (inside whenUpToDate) starts a check
        runner.setRuleSet(pd::test::CheckSamples::typoAndSensitive(3));
        runner.setText(u"summary"_s, u"严禁网上博彩"_s);
        QVERIFY(!runner.isUpToDate());
        QList<bool> answers;
        QObject context;
        runner.whenUpToDate(&context, std::chrono::seconds(30), [&](bool checked) {
            answers.append(checked);
            // What a submit decides on is the check of exactly this text.
            QVERIFY(runner.isUpToDate());
            QCOMPARE(runner.checkedText(u"summary"_s), u"严禁网上博彩"_s);
        });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 10000);
        QCOMPARE(answers.constFirst(), true);
        QVERIFY(runner.hasBlocking());
        // Already checked: answered at once.
        runner.whenUpToDate(&context, std::chrono::seconds(30), [&](bool checked) { answers.append(checked); });
        QCOMPARE(answers, (QList<bool>{true, true}));
        // A later check does not call an answered wait again.
        runner.setText(u"summary"_s, u"截止目前"_s);
        runner.checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(runner.isUpToDate(), 10000);
        QCOMPARE(answers.size(), 2);
    }

    void whenUpToDateGivesUpAfterTheLimit()
    {
        CheckRunner runner;
        runner.setDebounce(std::chrono::seconds(10));
        runner.setRuleSet(pd::test::CheckSamples::typoAndSensitive(3));
        runner.setText(u"summary"_s, u"截止目前"_s);
        QList<bool> answers;
        QObject context;
        runner.whenUpToDate(&context, std::chrono::milliseconds(100), [&](bool checked) { answers.append(checked); });
        // The text changes while that check runs: its result is stale, and the next check waits out the 10 s pause.
        runner.setText(u"summary"_s, u"截至目前"_s);
        QVERIFY(answers.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(answers, QList<bool>{false}, 10000);
        // Gone with its context: never called.
        {
            QObject shortLived;
            runner.whenUpToDate(&shortLived, std::chrono::milliseconds(50), [&](bool checked) { answers.append(checked); });
        }
        // Four times the limit: the abandoned wait would have answered by then (at once failing the test).
        QVERIFY(!QTest::qWaitFor([&] { return answers.size() > 1; }, 200));
        QCOMPARE(answers.size(), 1);
    }

    void metadataAndDisclosureRules()
    {
        CheckRunner runner;
        runner.setRuleSet(pd::test::CheckSamples::typoAndSensitive(3));
        pd::domain::Item item;
        item.type = pd::domain::ItemType::Disclosure;
        item.title = u"关于印发临江市口袋公园建设方案的通知"_s;
        item.disclosure = pd::domain::DisclosureMeta{};
        item.disclosure->abstract = u"截止目前"_s;
        runner.setItem(item);
        QTRY_VERIFY_WITH_TIMEOUT(runner.isUpToDate(), 5000);
        const QList<Finding> &f = runner.findings();
        QVERIFY(hasRule(f, u"structure.metadata"_s, u"columns"_s));
        QVERIFY(std::ranges::any_of(f, [](const Finding &x) {
            return x.ruleId == u"structure.metadata" && x.field.startsWith(u"disclosure.") && x.severity == Severity::Block;
        }));
        QVERIFY(hasRule(f, u"typo-1"_s, u"disclosure.abstract"_s));
        QVERIFY(runner.hasBlocking());

        // Filling the title through setText keeps the metadata check on the current item.
        runner.setText(u"title"_s, QString());
        QTRY_VERIFY_WITH_TIMEOUT(runner.isUpToDate(), 5000);
        QVERIFY(hasRule(runner.findings(), u"structure.metadata"_s, u"title"_s));
    }

    void brokenLinksReported()
    {
        NotFoundServer target;
        QNetworkAccessManager network;
        LinkChecker links(network);
        CheckRunner runner;
        runner.setLinkChecker(&links);
        runner.setRuleSet(pd::test::CheckSamples::typoAndSensitive(3));
        const QString url = target.url(u"/gone.html"_s);
        const QString html = u"<p>详见<a href=\"%1\">通知</a>。</p>"_s.arg(url);
        runner.setText(u"bodyHtml"_s, html, CheckRunner::Format::Html);
        QTRY_VERIFY_WITH_TIMEOUT(hasRule(runner.findings(), u"structure.link-broken"_s), 10000);
        const auto broken = std::ranges::find_if(runner.findings(), [](const Finding &f) { return f.ruleId == u"structure.link-broken"; });
        QCOMPARE(html.sliced(broken->start, broken->length), url);
    }

    void findingsModel()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto finding = [](const QString &id, qsizetype start, Severity severity) {
            Finding f;
            f.ruleId = id;
            f.kind = RuleKind::Typo;
            f.severity = severity;
            f.field = u"bodyHtml"_s;
            f.start = start;
            f.length = 2;
            f.excerpt = u"…截止…"_s;
            f.suggestion = u"截至"_s;
            f.message = u"说明"_s;
            return f;
        };
        model.setFindings({finding(u"a"_s, 1, Severity::Warn), finding(u"b"_s, 5, Severity::Block),
                           finding(u"c"_s, 9, Severity::Warn)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
        QCOMPARE(model.blockingCount(), 1);
        QCOMPARE(model.index(1, FindingsModel::ExcerptColumn).data().toString(), u"…截止…"_s);
        QCOMPARE(model.index(1, FindingsModel::SuggestionColumn).data().toString(), u"截至"_s);
        QCOMPARE(model.index(1, 0).data(FindingsModel::StartRole).toLongLong(), 5);
        QCOMPARE(model.index(1, 0).data(FindingsModel::BlockingRole).toBool(), true);
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), u"说明"_s);

        // Only the changed middle row is replaced: the rows around it are neither removed nor inserted.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFindings({finding(u"a"_s, 1, Severity::Warn), finding(u"b"_s, 6, Severity::Block),
                           finding(u"c"_s, 9, Severity::Warn)});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.finding(1).start, 6);
        model.setFindings({finding(u"c"_s, 9, Severity::Warn)});
        QCOMPARE(model.rowCount(), 1);
        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.blockingCount(), 0);
    }
};

QTEST_MAIN(tst_CheckRunner)
#include "tst_checkrunner.moc"
