// The admin's check-rule editor through its real widgets, offscreen, against a real portald --demo: the
// demo site's rules listed and filtered; a rule written in the form and tested against sample text (its findings
// shown); added (the server holds it with a new version), disabled, its suggestion changed, deleted; the allow-list
// saved; an editor's attempt refused (403) with the reason shown. Screenshot: checks-rules-dialog.png.
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "ui/checks/CheckRulesDialog.h"
#include "app/checksclient/FindingsModel.h"
#include "app/checksclient/RuleAdmin.h"
#include "app/checksclient/RuleListModel.h"
#include "translations/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::checks::RuleAdmin;
using pd::checks::RuleListModel;

class tst_ChecksRulesDialog : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe &m_http = m_portal.http();
    QString m_editorToken;
    qint64 m_siteId = 0;

    QJsonObject serverRules()
    {
        return m_http.json("GET", m_portal.url(u"/api/v1/checks/rules?site=%1"_s.arg(m_siteId)), m_editorToken)
            .json.object();
    }

    static QJsonObject serverRule(const QJsonObject &rules, const QString &pattern)
    {
        for (const QJsonValue &r : rules.value(u"rules").toArray()) {
            if (r.toObject().value(u"pattern").toString() == pattern)
                return r.toObject();
        }
        return {};
    }

    template <typename T>
    static T *child(QWidget &dialog, const QString &name)
    {
        T *w = dialog.findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_editorToken = m_portal.newToken(u"editor"_s);
        QVERIFY(!m_editorToken.isEmpty());
        const auto sites = m_http.json("GET", m_portal.url(u"/api/v1/sites"_s), m_editorToken);
        m_siteId = sites.json.array().first().toObject().value(u"id").toInteger();
        QVERIFY(m_siteId > 0);
    }

    void adminEditsRules()
    {
        pd::api::PortalClient client;
        QVERIFY2(m_portal.signIn(client, u"admin"_s), m_portal.failure());
        RuleAdmin admin(client, m_siteId);
        pd::ui::CheckRulesDialog dialog(admin);
        QAbstractItemModelTester rulesTester(dialog.ruleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester findingsTester(dialog.testModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(admin.isLoaded() && !admin.isBusy(), 15000);
        const int demoRules = dialog.ruleModel()->rowCount();
        QVERIFY(demoRules > 100);
        const int v0 = admin.rules().version;

        auto *table = child<QTableView>(dialog, u"rules"_s);
        auto *status = child<QLabel>(dialog, u"status"_s);
        // The filter narrows the list.
        child<QLineEdit>(dialog, u"filter"_s)->setText(u"截止"_s);
        QTRY_VERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < demoRules);
        child<QLineEdit>(dialog, u"filter"_s)->clear();
        QCOMPARE(table->model()->rowCount(), demoRules);

        // Write a rule and test it against sample text.
        child<QLineEdit>(dialog, u"pattern"_s)->setText(u"一把手工程"_s);
        auto *kind = child<QComboBox>(dialog, u"kind"_s);
        kind->setCurrentIndex(kind->findText(u"表述错误"_s));
        QVERIFY(kind->currentIndex() >= 0);
        auto *severity = child<QComboBox>(dialog, u"severity"_s);
        severity->setCurrentIndex(severity->findText(u"必须修改"_s));
        QVERIFY(severity->currentIndex() >= 0);
        child<QLineEdit>(dialog, u"suggestion"_s)->setText(u"重点工程"_s);
        child<QLineEdit>(dialog, u"note"_s)->setText(u"规范表述"_s);
        child<QPlainTextEdit>(dialog, u"sample"_s)
            ->setPlainText(u"区委把口袋公园建设作为一把手工程，已建成十二处。全角的一把手工程也算。"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"test"_s), Qt::LeftButton);
        QCOMPARE(dialog.testModel()->rowCount(), 2);
        QCOMPARE(dialog.testModel()->finding(0).suggestion, u"重点工程"_s);
        QCOMPARE(dialog.testModel()->index(0, pd::checks::FindingsModel::SeverityColumn).data().toString(),
                 u"必须修改"_s);

        // Add it: the server holds it, with the next version.
        QTest::mouseClick(child<QPushButton>(dialog, u"add"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.ruleModel()->rowCount() == demoRules + 1 && !admin.isBusy(), 15000);
        QCOMPARE(admin.rules().version, v0 + 1);
        QJsonObject added = serverRule(serverRules(), u"一把手工程"_s);
        QCOMPARE(added.value(u"kind").toString(), u"wording"_s);
        QCOMPARE(added.value(u"severity").toString(), u"block"_s);
        QCOMPARE(added.value(u"suggestion").toString(), u"重点工程"_s);
        const QString id = added.value(u"id").toString();
        QVERIFY(!id.isEmpty());
        // The new rule is selected after the reload.
        QTRY_VERIFY(table->selectionModel()->hasSelection());
        QCOMPARE(table->selectionModel()->selectedRows().first().data(RuleListModel::RuleIdRole).toString(), id);
        QVERIFY(pd::test::PortaldFixture::screenshot(&dialog, u"checks-rules-dialog"_s));

        // Disable it.
        QTest::mouseClick(child<QPushButton>(dialog, u"toggle"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(admin.rules().version == v0 + 2 && !admin.isBusy(), 15000);
        QCOMPARE(serverRule(serverRules(), u"一把手工程"_s).value(u"enabled").toBool(true), false);
        QTRY_COMPARE(child<QPushButton>(dialog, u"toggle"_s)->text(), u"启用"_s);

        // Change its suggestion through the form (still disabled afterwards).
        QTRY_VERIFY(table->selectionModel()->hasSelection());
        child<QLineEdit>(dialog, u"suggestion"_s)->setText(u"重点民生工程"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"save"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(admin.rules().version == v0 + 3 && !admin.isBusy(), 15000);
        added = serverRule(serverRules(), u"一把手工程"_s);
        QCOMPARE(added.value(u"suggestion").toString(), u"重点民生工程"_s);
        QCOMPARE(added.value(u"enabled").toBool(true), false);

        // The allow-list.
        child<QPlainTextEdit>(dialog, u"allow"_s)->appendPlainText(u"截止日期\n"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveAllow"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(admin.rules().version == v0 + 4 && !admin.isBusy(), 15000);
        QVERIFY(serverRules().value(u"allow").toArray().contains(u"截止日期"_s));

        // Delete it.
        QTRY_VERIFY(table->selectionModel()->hasSelection());
        QTest::mouseClick(child<QPushButton>(dialog, u"delete"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(admin.rules().version == v0 + 5 && !admin.isBusy(), 15000);
        QVERIFY(serverRule(serverRules(), u"一把手工程"_s).isEmpty());
        QCOMPARE(dialog.ruleModel()->rowCount(), demoRules);
        QVERIFY(!status->text().isEmpty());
    }

    void editorIsRefused()
    {
        pd::api::PortalClient client;
        QVERIFY2(m_portal.signIn(client, u"editor"_s), m_portal.failure());
        RuleAdmin admin(client, m_siteId);
        pd::ui::CheckRulesDialog dialog(admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(admin.isLoaded() && !admin.isBusy(), 15000); // everyone may read the rules
        const int version = admin.rules().version;
        QSignalSpy failed(&admin, &RuleAdmin::failed);
        child<QLineEdit>(dialog, u"pattern"_s)->setText(u"随便加的词"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"add"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 15000);
        QCOMPARE(failed.first().first().value<pd::Error>().code, pd::ErrorCode::Forbidden);
        QVERIFY2(child<QLabel>(dialog, u"status"_s)->text().contains(u"管理员"_s),
                 qPrintable(child<QLabel>(dialog, u"status"_s)->text()));
        QCOMPARE(serverRules().value(u"version").toInt(), version);
    }
};

QTEST_MAIN(tst_ChecksRulesDialog)
#include "tst_checks_rules_dialog.moc"
