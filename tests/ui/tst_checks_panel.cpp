// The content checks while writing, through the real widgets, offscreen, against a real portald --demo:
// the demo site's rules fetched by RuleSource, cached in the account's LocalStore and used again after a restart
// without a server; a QPlainTextEdit source view bound to a CheckRunner by SourceCheckBinder: a typo typed into it
// shows in the FindingsPanel by itself, clicking the finding selects exactly the typo, applying the suggestion
// fixes it and the finding goes away. Screenshot: checks-findings-panel.png.
#include "tests/support/FindingRows.h"
#include "tests/support/ImeTyping.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/checksclient/CheckRunner.h"
#include "app/checksclient/FindingsModel.h"
#include "ui/checks/FindingsPanel.h"
#include "app/checksclient/RuleSource.h"
#include "ui/checks/SourceCheckBinder.h"
#include "app/store/LocalStore.h"
#include "translations/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using pd::checks::CheckRunner;
using pd::checks::Finding;
using pd::checks::FindingsModel;
using pd::checks::RuleSet;
using pd::checks::RuleSource;
using pd::test::rowOfRule;

class tst_ChecksPanel : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    qint64 m_siteId = 0;
    QTemporaryDir m_dataDir;
    std::optional<RuleSet> m_rules;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY(m_dataDir.isValid());
        QVERIFY2(m_portal.start(), m_portal.failure());
        pd::test::HttpProbe http;
        const QString token = m_portal.newToken(u"editor"_s);
        QVERIFY(!token.isEmpty());
        const auto sites = http.json("GET", m_portal.url(u"/api/v1/sites"_s), token);
        m_siteId = sites.json.array().first().toObject().value(u"id").toInteger();
        QVERIFY(m_siteId > 0);
    }

    void rulesFetchedCachedAndUsedOffline()
    {
        const QString dbPath = m_dataDir.filePath(u"account.sqlite"_s);
        {
            pd::store::LocalStore store;
            const auto opened = store.open(dbPath);
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
            pd::api::PortalClient client;
            QVERIFY2(m_portal.signIn(client), m_portal.failure());
            RuleSource source(client, &store);
            QSignalSpy changed(&source, &RuleSource::rulesChanged);
            QSignalSpy failed(&source, &RuleSource::failed);
            source.load(m_siteId);
            QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() || !failed.isEmpty(), 15000);
            QVERIFY(failed.isEmpty());
            QCOMPARE(changed.first().at(0).toLongLong(), m_siteId);
            const auto rules = source.rules(m_siteId);
            QVERIFY(rules);
            QVERIFY(source.version(m_siteId) >= 1);
            QVERIFY2(rules->rules.size() > 100, qPrintable(QString::number(rules->rules.size())));
            QVERIFY(std::ranges::any_of(rules->rules, [](const auto &r) { return r.id == u"typo-001"; }));

            // A local rule on top of the site's: it is kept with the account and merged.
            RuleSet local;
            pd::checks::Rule mine;
            mine.id = u"local-1"_s;
            mine.pattern = u"本地测试词"_s;
            mine.kind = pd::checks::RuleKind::Wording;
            mine.suggestion = u"测试用语"_s;
            local.rules.append(mine);
            source.setLocalRules(local);
            QCOMPARE(source.rules(m_siteId)->rules.size(), rules->rules.size() + 1);

            // A second load with the same version changes nothing.
            changed.clear();
            source.load(m_siteId);
            QVERIFY(!QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 1500));
            m_rules = source.rules(m_siteId);
        }

        // "Restart" without a server: a new store on the same file, a client that was never signed in.
        pd::store::LocalStore store;
        const auto opened = store.open(dbPath);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        pd::api::PortalClient offline;
        RuleSource source(offline, &store);
        QSignalSpy changed(&source, &RuleSource::rulesChanged);
        QSignalSpy failed(&source, &RuleSource::failed);
        source.load(m_siteId);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000); // the server could not be asked, the cache answered
        QVERIFY(source.rules(m_siteId));
        QCOMPARE(*source.rules(m_siteId), *m_rules);
    }

    void typoFoundSelectedAndFixed()
    {
        QVERIFY(m_rules);
        CheckRunner runner;
        runner.setRuleSet(*m_rules);
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&runner, &CheckRunner::findingsChanged, &model, &FindingsModel::setFindings);

        QWidget window;
        auto *edit = new QPlainTextEdit(&window);
        auto *panel = new pd::ui::FindingsPanel(model, &window);
        auto *layout = new QHBoxLayout(&window);
        layout->addWidget(edit, 3);
        layout->addWidget(panel, 2);
        pd::ui::SourceCheckBinder binder(*edit, runner, *panel, u"bodyHtml"_s, CheckRunner::Format::Html);
        window.resize(1100, 420);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        edit->setPlainText(u"<p>临江市政府召开常务会议。</p>\n<p>"_s);
        QTRY_VERIFY_WITH_TIMEOUT(runner.isUpToDate(), 10000); // rules compiled, first text checked
        QCOMPARE(rowOfRule(model, u"typo-001"_s), -1);

        edit->moveCursor(QTextCursor::End);
        const qsizetype typoStart = edit->toPlainText().size();
        pd::test::ImeTyping::commit(edit, u"截止目前，全市新建口袋公园十二个。"_s);
        QTest::keyClicks(edit, u"</p>"_s);
        // By itself, typing still going on. How soon is a speed target (pd_bench_editor's editor.finding_latency),
        // not a time limit here that a loaded CI machine could overrun.
        QTRY_VERIFY_WITH_TIMEOUT(rowOfRule(model, u"typo-001"_s) >= 0, 10000);
        const int row = rowOfRule(model, u"typo-001"_s);
        const Finding typo = model.finding(row);
        QCOMPARE(typo.start, typoStart);
        QCOMPARE(typo.length, 4);
        QCOMPARE(typo.suggestion, u"截至目前"_s);
        QCOMPARE(model.index(row, FindingsModel::SuggestionColumn).data().toString(), u"截至目前"_s);
        QCOMPARE(model.index(row, FindingsModel::KindColumn).data().toString(), u"错别字"_s);
        QVERIFY(!edit->textCursor().hasSelection());

        // Clicking the finding selects exactly the typo in the source view.
        QTreeView *view = panel->view();
        const QRect rect = view->visualRect(model.index(row, FindingsModel::ExcerptColumn));
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE(edit->textCursor().selectedText(), u"截止目前"_s);
        QCOMPARE(edit->textCursor().selectionStart(), typoStart);
        QVERIFY(panel->applyButton()->isEnabled());
        QVERIFY(pd::test::PortaldFixture::screenshot(&window, u"checks-findings-panel"_s));

        // Applying the suggestion fixes the text; the finding goes away on the next check.
        QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
        QVERIFY(edit->toPlainText().contains(u"<p>截至目前，全市新建口袋公园十二个。</p>"_s));
        QVERIFY(!edit->toPlainText().contains(u"截止目前"_s));
        QTRY_VERIFY_WITH_TIMEOUT(runner.isUpToDate() && rowOfRule(model, u"typo-001"_s) < 0, 10000);

        // A blocking expression shows as must-fix, and undo brings the typo back (one undo step).
        edit->undo();
        QTRY_VERIFY_WITH_TIMEOUT(rowOfRule(model, u"typo-001"_s) >= 0, 10000);
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, u"<p>"_s);
        pd::test::ImeTyping::commit(edit, u"网上博彩"_s);
        QTest::keyClicks(edit, u"</p>"_s);
        QTRY_VERIFY_WITH_TIMEOUT(runner.hasBlocking(), 10000);
        QCOMPARE(model.blockingCount(), 1);
    }
};

QTEST_MAIN(tst_ChecksPanel)
#include "tst_checks_panel.moc"
