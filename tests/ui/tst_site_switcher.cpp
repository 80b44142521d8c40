// One account, several sites: an editor with roles on the demo portal and on a department site the administrator
// created switches between them in the main window's status bar; the column tree and the item list follow the
// chosen site on the same session, without signing in again. The demo editor works on the portal and the demo's
// two department sites (screenshot `site-switcher`).
#include "tests/support/DeskApplication.h"
#include "tests/support/MainWindowDriver.h"
#include "tests/support/PortaldFixture.h"
#include "app/api/PortalClient.h"
#include "app/editing/ItemListModel.h"
#include "app/models/Workspace.h"
#include "ui/mainwindow/MainWindow.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class tst_SiteSwitcher : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe &m_http = m_portal.http();
    qint64 m_portalSite = 0;
    qint64 m_department = 0;
    const QString m_password = u"liu-own-password-2026"_s;

    QUrl url(const QString &path) const
    {
        QUrl u = m_portal.baseUrl();
        u.setPath(path);
        return u;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::test::DeskApplication::prepare(u"tst_site_switcher"_s));
        QVERIFY2(m_portal.start(), m_portal.failure());

        const QString admin = m_portal.token(u"admin"_s);
        QVERIFY(!admin.isEmpty());
        m_portalSite = m_http.json("GET", url(u"/api/v1/sites"_s), admin).json.array().first().toObject().value(u"id").toInteger();
        QVERIFY(m_portalSite > 0);
        const QJsonObject water{{u"name"_s, u"临江市水务局"_s},
                                {u"domain"_s, u"slj.linjiang.gov.cn"_s},
                                {u"siteCode"_s, u"3217000102"_s},
                                {u"orgCode"_s, u"11321700014538266M"_s},
                                {u"parentSite"_s, m_portalSite},
                                {u"reviewLevels"_s, 2},
                                {u"reviewHours"_s, 8},
                                {u"publicUrl"_s, u"https://slj.linjiang.gov.cn/"_s}};
        const auto site = m_http.json("POST", url(u"/api/v1/sites"_s), admin, QJsonDocument(water));
        QVERIFY2(site.status == 201, site.body.constData());
        m_department = site.json.object().value(u"id").toInteger();

        const QJsonObject liu{{u"username"_s, u"liu"_s},
                              {u"displayName"_s, u"刘洋"_s},
                              {u"roles"_s, QJsonArray{QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_portalSite}},
                                                      QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_department}}}}};
        const auto created = m_http.json("POST", url(u"/api/v1/users"_s), admin, QJsonDocument(liu));
        QVERIFY2(created.status == 201, created.body.constData());
        // The account starts with a one-time password; set its own so the window signs in straight away.
        const QString once = created.json.object().value(u"oneTimePassword").toString();
        const QString token = m_http.login(m_portal.baseUrl(), u"liu"_s, once);
        QVERIFY(!token.isEmpty());
        const auto changed = m_http.json("POST", url(u"/api/v1/me/password"_s), token,
                                         QJsonDocument(QJsonObject{{u"currentPassword"_s, once},
                                                                   {u"newPassword"_s, m_password}}));
        QVERIFY2(changed.status == 204, changed.body.constData());
    }

    void anAccountOnTwoSitesSwitchesAndTheWindowFollows()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        workspace.setPreferredSiteId(m_portalSite);
        QVERIFY2(m_portal.signIn(workspace, u"liu"_s, m_password), m_portal.failure());
        pd::ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(u"news"_s);

        QComboBox *switcher = window.siteSwitcher();
        QVERIFY(switcher->isVisible());
        QCOMPARE(switcher->count(), 2);
        QCOMPARE(switcher->currentData().toLongLong(), m_portalSite);
        QVERIFY(window.columnTree()->model()->rowCount() > 0);
        QCOMPARE(window.itemModel()->filter().siteId, m_portalSite);
        QTRY_VERIFY_WITH_TIMEOUT(window.itemModel()->rowCount() > 0, 20000);

        // The department site is new: no columns and no items yet, on the same session.
        const QString tokenBefore = client.session().accessToken();
        QSignalSpy changed(&workspace, &pd::models::Workspace::siteChanged);
        const int department = switcher->findData(m_department);
        QVERIFY(department >= 0);
        switcher->setCurrentIndex(department);
        Q_EMIT switcher->activated(department);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
        QCOMPARE(workspace.site().id, m_department);
        QVERIFY(window.windowTitle().contains(u"临江市水务局"_s));
        QCOMPARE(window.columnTree()->model()->rowCount(), 0);
        QCOMPARE(window.itemModel()->filter().siteId, m_department);
        QTRY_COMPARE_WITH_TIMEOUT(window.itemModel()->rowCount(), 0, 20000);
        QCOMPARE(client.session().accessToken(), tokenBefore);

        // And back: the portal's tree and items return.
        const int portal = switcher->findData(m_portalSite);
        switcher->setCurrentIndex(portal);
        Q_EMIT switcher->activated(portal);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 20000);
        QCOMPARE(workspace.site().id, m_portalSite);
        QVERIFY(window.columnTree()->model()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(window.itemModel()->rowCount() > 0, 20000);
        QCOMPARE(switcher->currentData().toLongLong(), m_portalSite);
    }

    void theDemoEditorWorksOnThePortalAndBothDepartmentSites()
    {
        // What `make demo` opens: the demo editor writes for the city portal and its two department sites.
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.openOnSite(m_portal, m_portalSite, u"editor"_s, QSize(1280, 800)), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        window.showPage(u"news"_s);

        QComboBox *switcher = window.siteSwitcher();
        QVERIFY(switcher->isVisible());
        QStringList entries;
        for (int i = 0; i < switcher->count(); ++i)
            entries.append(switcher->itemText(i));
        QCOMPARE(entries, (QStringList{u"临江市人民政府门户网站"_s, u"临江市教育局网站"_s, u"临江市卫生健康委员会网站"_s}));
        QCOMPARE(switcher->currentData().toLongLong(), m_portalSite);
        QTRY_VERIFY_WITH_TIMEOUT(window.itemModel()->rowCount() > 0, 20000);
        pd::test::PortaldFixture::screenshot(&window, u"site-switcher"_s);

        // The education bureau's own columns and items, on the same session.
        QSignalSpy changed(&desk.workspace(), &pd::models::Workspace::siteChanged);
        const int education = switcher->findText(u"临江市教育局网站"_s);
        switcher->setCurrentIndex(education);
        Q_EMIT switcher->activated(education);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 20000);
        QVERIFY(window.windowTitle().contains(u"临江市教育局网站"_s));
        QStringList columns;
        for (int row = 0; row < window.columnTree()->model()->rowCount(); ++row)
            columns.append(window.columnTree()->model()->index(row, 0).data().toString());
        QVERIFY2(columns.contains(u"教育动态"_s) && columns.contains(u"政府信息公开"_s), qPrintable(columns.join(u' ')));
        QCOMPARE(window.itemModel()->filter().siteId, switcher->itemData(education).toLongLong());
        QTRY_VERIFY_WITH_TIMEOUT(window.itemModel()->rowCount() > 0, 20000);
    }

    void anAccountOnOneSiteSeesNoSwitcher()
    {
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace, u"reviewer1"_s), m_portal.failure());
        pd::ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.siteSwitcher()->isVisible());
    }
};

QTEST_MAIN(tst_SiteSwitcher)
#include "tst_site_switcher.moc"
