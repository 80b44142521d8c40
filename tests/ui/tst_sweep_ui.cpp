// The 巡检 dialog against a real portald --demo, in Chinese: two items published with a word that a rule added
// afterwards flags; a content sweep started from the dialog shows its progress (screenshot sweep-progress), a second
// desk (a restarted client) finds the running sweep again, the findings are listed per item with the item's title
// (screenshot sweep-findings), opening one opens its item in the editor with the match selected, 已整改 is refused while the word is still published,
// 忽略 needs a reason and reviewers see it; a link sweep reports the dead-link ratio against the limit.
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/models/SweepDesk.h"
#include "app/models/SweepFindingsModel.h"
#include "app/models/Workspace.h"
#include "translations/Translations.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/sweeps/SweepDialog.h"
#include "ui/sweeps/SweepFindingOpener.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::domain::SiteSweep;
using pd::domain::SweepFinding;
using pd::models::SweepDesk;
using pd::models::SweepFindingsModel;

namespace {
const QString kWord = u"界面巡检词"_s;
}

class tst_SweepUi : public QObject
{
    Q_OBJECT

    // Slow turns, so the dialog shows a sweep under way.
    pd::test::PortaldFixture m_portal{{u"--demo"_s, u"--sweep-batch"_s, u"10"_s, u"--sweep-pause-ms"_s, u"60"_s}};
    QList<qint64> m_marked;

    /// The row of the findings model that is about `item` with the planted word, or -1.
    static int rowOf(const SweepFindingsModel &model, qint64 item)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.at(row)->itemId == item && model.at(row)->excerpt.contains(kWord))
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
        pd::test::DemoWorkflow flow = m_portal.workflow();
        const qint64 column = flow.columnNamed(u"要闻动态"_s);
        for (int i = 1; i <= 2; ++i) {
            const qint64 id = flow.publishNews(column, u"关于%1的第%2篇通报"_s.arg(kWord).arg(i), u"摘要"_s);
            QVERIFY(id > 0);
            m_marked.append(id);
        }
        const auto rule = m_portal.api("POST", u"/api/v1/checks/rules?site=%1"_s.arg(m_portal.siteId()), u"admin"_s,
                                       QJsonDocument(QJsonObject{{u"pattern"_s, kWord},
                                                                 {u"kind"_s, u"wording"_s},
                                                                 {u"severity"_s, u"warn"_s}}));
        QCOMPARE(rule.status, 201);
    }

    void contentSweepFromTheDialog()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace, u"editor"_s), m_portal.failure());
        SweepDesk desk(client);
        desk.setPollInterval(std::chrono::milliseconds(150));
        QAbstractItemModelTester tester(&desk.findings(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&desk, &SweepDesk::loaded);
        desk.setSite(m_portal.siteId());
        QVERIFY(loaded.wait());
        pd::ui::SweepDialog dialog(desk, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.startButton()->isEnabled());
        QVERIFY(!dialog.cancelButton()->isEnabled());

        dialog.startButton()->click();
        QTRY_VERIFY(desk.current() && desk.current()->running() && desk.current()->checked > 0);
        QTRY_VERIFY(dialog.progress()->value() > 0);
        QVERIFY(dialog.progressLabel()->text().contains(u"已检查"_s));
        QVERIFY(dialog.cancelButton()->isEnabled());
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(pd::test::PortaldFixture::screenshot(&dialog, u"sweep-progress"_s));

        // A client started afresh finds the running sweep where portald keeps it.
        {
            pd::api::PortalClient again;
            QVERIFY2(m_portal.signIn(again, u"editor"_s), m_portal.failure());
            SweepDesk restarted(again);
            QSignalSpy ready(&restarted, &SweepDesk::loaded);
            restarted.setSite(m_portal.siteId());
            QVERIFY(ready.wait());
            QVERIFY(restarted.current());
            QCOMPARE(restarted.current()->id, desk.current()->id);
        }

        QTRY_VERIFY_WITH_TIMEOUT(desk.current()->state == SiteSweep::State::Done, 120000);
        QTRY_COMPARE(dialog.progress()->value(), 100);
        QVERIFY(dialog.progressLabel()->text().contains(u"完成"_s));
        for (const qint64 item : std::as_const(m_marked))
            QTRY_VERIFY(rowOf(desk.findings(), item) >= 0);
        const int row = rowOf(desk.findings(), m_marked.first());
        QVERIFY(desk.findings().index(row, SweepFindingsModel::WhereColumn).data().toString().contains(u"通报"_s));
        QCOMPARE(desk.findings().index(row, SweepFindingsModel::FieldColumn).data().toString(), u"标题"_s);
        QCOMPARE(desk.findings().index(row, SweepFindingsModel::StateColumn).data().toString(), u"待处理"_s);
        dialog.findingsView()->selectRow(row);
        QVERIFY(dialog.openButton()->isEnabled());
        QVERIFY(pd::test::PortaldFixture::screenshot(&dialog, u"sweep-findings"_s));

        // Opening asks for the item, with the place of the match.
        QSignalSpy open(&dialog, &pd::ui::SweepDialog::openFindingRequested);
        dialog.openButton()->click();
        QCOMPARE(open.size(), 1);
        const auto opened = open.first().first().value<SweepFinding>();
        QCOMPARE(opened.itemId, m_marked.first());
        QCOMPARE(opened.field, u"title"_s);
        QVERIFY(opened.length > 0);

        // 已整改 while the word is still published: the portal's re-check refuses it, the dialog says why.
        dialog.fixedButton()->click();
        QTRY_VERIFY(dialog.message()->text().contains(u"复查仍发现"_s));
        QCOMPARE(desk.findings().at(row)->state, SweepFinding::State::Open);

        // 忽略 without a reason does not reach the portal; with one it is recorded and shown.
        dialog.ignoreSelected(u"  "_s);
        QTRY_VERIFY(!dialog.message()->text().isEmpty());
        QCOMPARE(desk.findings().at(row)->state, SweepFinding::State::Open);
        dialog.ignoreSelected(u"引用文件原文"_s);
        QTRY_COMPARE(desk.findings().at(row)->state, SweepFinding::State::Ignored);
        QVERIFY(desk.findings().index(row, SweepFindingsModel::StateColumn).data().toString().contains(u"引用文件原文"_s));
        QVERIFY(!dialog.ignoreButton()->isEnabled());
        const auto forReviewers = m_portal.api("GET", u"/api/v1/items/%1/sweep-findings?state=ignored"_s.arg(m_marked.first()),
                                               u"reviewer1"_s);
        QCOMPARE(forReviewers.json.object().value(u"items").toArray().first().toObject().value(u"reason").toString(),
                 u"引用文件原文"_s);
    }

    // 打开 in the dialog takes the editor to the place: the item opens with the offending words selected.
    void openingAFindingSelectsTheMatchInTheEditor()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace, u"editor"_s), m_portal.failure());
        SweepDesk desk(client);
        QSignalSpy loaded(&desk, &SweepDesk::loaded);
        desk.setSite(m_portal.siteId());
        QVERIFY(loaded.wait());
        QTRY_VERIFY(rowOf(desk.findings(), m_marked.last()) >= 0);
        const int row = rowOf(desk.findings(), m_marked.last());
        const SweepFinding finding = *desk.findings().at(row);
        QCOMPARE(finding.field, u"title"_s);

        pd::ui::MainWindow window(workspace);
        pd::ui::SweepDialog dialog(desk, true);
        QPointer<pd::ui::ItemEditorWindow> editor;
        connect(&dialog, &pd::ui::SweepDialog::openFindingRequested, &window,
                [&](const SweepFinding &f) { editor = pd::ui::SweepFindingOpener::open(window, f); });
        dialog.findingsView()->selectRow(row);
        dialog.openButton()->click();
        QTRY_VERIFY(editor);
        QTRY_COMPARE(editor->session().item().id, m_marked.last());
        auto *title = editor->findChild<QLineEdit *>(u"titleEdit"_s);
        QVERIFY(title);
        QTRY_COMPARE(title->selectedText(), kWord);
        QCOMPARE(title->selectionStart(), finding.start);
        QCOMPARE(title->selectionLength(), finding.length);
    }

    void linkSweepReportsTheRatio()
    {
        pd::api::PortalClient client;
        QVERIFY2(m_portal.signIn(client, u"editor"_s), m_portal.failure());
        SweepDesk desk(client);
        desk.setPollInterval(std::chrono::milliseconds(150));
        QSignalSpy loaded(&desk, &SweepDesk::loaded);
        desk.setSite(m_portal.siteId());
        QVERIFY(loaded.wait());
        pd::ui::SweepDialog dialog(desk, true);
        dialog.kindBox()->setCurrentIndex(1);
        QCOMPARE(desk.kind(), SiteSweep::Kind::Links);
        QVERIFY(dialog.progressLabel()->text().contains(u"尚未"_s));
        dialog.startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(desk.current() && desk.current()->state == SiteSweep::State::Done, 120000);
        QTRY_VERIFY(dialog.linkSummary()->text().contains(u"%"_s));
        QVERIFY(dialog.linkSummary()->text().contains(u"上限"_s));
    }
};

QTEST_MAIN(tst_SweepUi)
#include "tst_sweep_ui.moc"
