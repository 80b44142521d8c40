// Two administrators at their own 管理 screens against one real portald (--demo): both have the same column and the
// same review policy on screen; the first saves a change, the second then saves theirs from the older version and
// is told in Chinese that someone else changed it meanwhile, sees the current version reloaded in place, and the
// server keeps the first change.
#include "tests/support/PortaldFixture.h"
#include "app/admin/AdminApi.h"
#include "app/admin/ColumnArrangementModel.h"
#include "app/api/PortalClient.h"
#include "ui/admin/ColumnsPanel.h"
#include "ui/admin/PolicyPanel.h"
#include "ui/admin/SiteChooser.h"
#include "translations/Translations.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_AdminConflicts : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    QList<pd::domain::Site> m_sites;
    qint64 m_site = 0;

    /// One administrator's screens: their own client, API and panels.
    struct Desk {
        pd::api::PortalClient client;
        pd::admin::AdminApi api{client};
        pd::ui::ColumnsPanel columns{api};
        pd::ui::PolicyPanel policy{api};
    };

    bool open(Desk &desk)
    {
        if (!m_portal.signIn(desk.client, u"admin"_s))
            return false;
        QSignalSpy columnsLoaded(&desk.columns, &pd::ui::ColumnsPanel::loaded);
        QSignalSpy policyLoaded(&desk.policy, &pd::ui::PolicyPanel::loaded);
        desk.columns.setSites(m_sites);
        desk.policy.setSites(m_sites);
        desk.columns.findChild<pd::ui::SiteChooser *>(u"columnsSite"_s)->chooseSite(m_site);
        desk.policy.findChild<pd::ui::SiteChooser *>(u"policySite"_s)->chooseSite(m_site);
        desk.columns.resize(1000, 600);
        desk.columns.show();
        desk.policy.show();
        return QTest::qWaitFor([&] { return !columnsLoaded.isEmpty() && !policyLoaded.isEmpty(); }, 30000);
    }

    QJsonObject serverColumn(qint64 id)
    {
        for (const QJsonValue &v : m_portal.api("GET", u"/api/v1/sites/%1/columns"_s.arg(m_site), u"admin"_s).json.array())
            if (v.toObject().value(u"id").toInteger() == id)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_site = m_portal.siteId();
        for (const QJsonValue &v : m_portal.api("GET", u"/api/v1/sites"_s, u"admin"_s).json.array()) {
            auto site = pd::domain::Site::fromJson(v.toObject());
            QVERIFY(site);
            m_sites.append(*site);
        }
        QVERIFY(m_site > 0 && !m_sites.isEmpty());
    }

    void theSecondAdministratorSeesTheColumnConflict()
    {
        Desk one;
        Desk two;
        QVERIFY(open(one));
        QVERIFY(open(two));
        const qint64 id = one.columns.model()->childIds(0).first();
        const QString original = one.columns.model()->column(id)->name;
        one.columns.selectColumn(id);
        two.columns.selectColumn(id);

        // The first renames it.
        QSignalSpy oneLoaded(&one.columns, &pd::ui::ColumnsPanel::loaded);
        one.columns.findChild<QLineEdit *>(u"columnNameEdit"_s)->setText(original + u"（一）"_s);
        QTest::mouseClick(one.columns.findChild<QPushButton *>(u"saveColumnButton"_s), Qt::LeftButton);
        QVERIFY(oneLoaded.wait(30000) || !oneLoaded.isEmpty());
        QVERIFY2(!one.columns.messageIsError(), qPrintable(one.columns.messageText()));
        QCOMPARE(serverColumn(id).value(u"name").toString(), original + u"（一）"_s);

        // The second, from the version read before, is told and shown the current tree.
        QSignalSpy twoLoaded(&two.columns, &pd::ui::ColumnsPanel::loaded);
        two.columns.findChild<QLineEdit *>(u"columnNameEdit"_s)->setText(original + u"（二）"_s);
        QTest::mouseClick(two.columns.findChild<QPushButton *>(u"saveColumnButton"_s), Qt::LeftButton);
        QVERIFY(twoLoaded.wait(30000) || !twoLoaded.isEmpty());
        QVERIFY(two.columns.messageIsError());
        QVERIFY2(two.columns.messageText().contains(u"已被他人修改"_s), qPrintable(two.columns.messageText()));
        QVERIFY2(two.columns.messageText().contains(u"当前"_s), qPrintable(two.columns.messageText()));
        QCOMPARE(two.columns.model()->column(id)->name, original + u"（一）"_s);
        QCOMPARE(two.columns.findChild<QLineEdit *>(u"columnNameEdit"_s)->text(), original + u"（一）"_s);
        QCOMPARE(serverColumn(id).value(u"name").toString(), original + u"（一）"_s);
        QVERIFY(pd::test::PortaldFixture::screenshot(&two.columns, u"admin-columns-conflict"_s));

        // Now on the current version, the second one's change goes through.
        two.columns.findChild<QLineEdit *>(u"columnNameEdit"_s)->setText(original);
        twoLoaded.clear();
        QTest::mouseClick(two.columns.findChild<QPushButton *>(u"saveColumnButton"_s), Qt::LeftButton);
        QVERIFY(twoLoaded.wait(30000) || !twoLoaded.isEmpty());
        QVERIFY2(!two.columns.messageIsError(), qPrintable(two.columns.messageText()));
        QCOMPARE(serverColumn(id).value(u"name").toString(), original);
    }

    void theSecondAdministratorSeesThePolicyConflict()
    {
        Desk one;
        Desk two;
        QVERIFY(open(one));
        QVERIFY(open(two));
        auto *oneLevels = one.policy.findChild<QSpinBox *>(u"policyLevelsSpin"_s);
        auto *twoLevels = two.policy.findChild<QSpinBox *>(u"policyLevelsSpin"_s);
        QCOMPARE(twoLevels->value(), 3);

        QSignalSpy saved(&one.policy, &pd::ui::PolicyPanel::policySaved);
        oneLevels->setValue(2);
        QTest::mouseClick(one.policy.findChild<QPushButton *>(u"savePolicyButton"_s), Qt::LeftButton);
        QVERIFY(saved.wait(30000) || !saved.isEmpty());

        // The second, still showing three levels, allows authors to approve their own items.
        two.policy.findChild<QCheckBox *>(u"authorReviewCheck"_s)->setChecked(true);
        QTest::mouseClick(two.policy.findChild<QPushButton *>(u"savePolicyButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(two.policy.messageText().contains(u"已被他人修改"_s), 30000);
        // The form now shows the first one's policy.
        QCOMPARE(twoLevels->value(), 2);
        QVERIFY(!two.policy.findChild<QCheckBox *>(u"authorReviewCheck"_s)->isChecked());
        const QJsonObject policy =
            m_portal.api("GET", u"/api/v1/sites/%1/review-policy"_s.arg(m_site), u"admin"_s).json.object();
        QCOMPARE(policy.value(u"levels").toInt(), 2);
        QCOMPARE(policy.value(u"allowAuthorReview").toBool(), false);
        QVERIFY(pd::test::PortaldFixture::screenshot(&two.policy, u"admin-policy-conflict"_s));

        // Saved again from there, the second one's change is applied on top.
        QSignalSpy twoSaved(&two.policy, &pd::ui::PolicyPanel::policySaved);
        two.policy.findChild<QCheckBox *>(u"authorReviewCheck"_s)->setChecked(true);
        QTest::mouseClick(two.policy.findChild<QPushButton *>(u"savePolicyButton"_s), Qt::LeftButton);
        QVERIFY(twoSaved.wait(30000) || !twoSaved.isEmpty());
        const QJsonObject after =
            m_portal.api("GET", u"/api/v1/sites/%1/review-policy"_s.arg(m_site), u"admin"_s).json.object();
        QCOMPARE(after.value(u"levels").toInt(), 2);
        QCOMPARE(after.value(u"allowAuthorReview").toBool(), true);
    }
};

QTEST_MAIN(tst_AdminConflicts)
#include "tst_admin_conflicts.moc"
