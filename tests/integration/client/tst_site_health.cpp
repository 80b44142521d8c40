// Early warnings ahead of the inspection, over a real portald whose clock is set (`--clock-start`) instead of waited
// for: a test site with 14-day columns is published into fifteen and twelve days before "now"; the one published
// twelve days ago is yellow with 2 days left, the others are red, five red columns fail the site and four do not,
// the site group lists it, and the client's dashboard banner says what the API says.
#include "app/api/PortalClient.h"
#include "app/models/SiteHealthWatch.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldFixture.h"
#include "ui/dashboard/InspectionBanner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using pd::test::HttpProbe;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;
const QString kOwnPassword = u"jian-own-password"_s;
const QTimeZone kBeijing(8 * 3600);
} // namespace

class tst_SiteHealth : public QObject
{
    Q_OBJECT

private:
    pd::test::PortaldFixture m_portal{QStringList{}};
    HttpProbe m_http;
    /// jian: editor, reviewer and publisher of the test site (the site lets an author review), made by the test.
    bool signInJian(const QString &password)
    {
        m_portal.adopt(u"jian"_s, m_http.login(m_portal.baseUrl(), u"jian"_s, password));
        return !m_portal.token(u"jian"_s).isEmpty();
    }
    /// A new session of the administrator after each start, as the client would take one.
    bool signInAdmin()
    {
        m_portal.adopt(u"admin"_s, m_portal.newToken(u"admin"_s));
        return !m_portal.token(u"admin"_s).isEmpty();
    }
    qint64 m_site = 0;
    QList<qint64> m_columns; ///< six 14-day news columns
    QDateTime m_start;       ///< the clock at the first start: fifteen days before the last one

    static QStringList clockArgs(const QDateTime &at)
    {
        return {u"--demo"_s, u"--clock-start"_s, at.toOffsetFromUtc(8 * 3600).toString(Qt::ISODate)};
    }
    QUrl url(const QString &path) const { return m_portal.baseUrl().resolved(QUrl(path)); }
    static qint64 idOf(const HttpProbe::Reply &r) { return r.json.object().value(u"id").toInteger(); }
    static Headers ifMatch(const HttpProbe::Reply &r)
    {
        return {{"If-Match", "\"" + QByteArray::number(r.json.object().value(u"revision").toInteger()) + "\""}};
    }

    /// A news item in `column` taken from draft to published by jian; true when every step was accepted.
    bool publishInto(qint64 column, const QString &title)
    {
        auto r = m_portal.call(u"jian"_s, "POST", u"/api/v1/items"_s,
                      {{u"site"_s, m_site}, {u"type"_s, u"news"_s}, {u"columns"_s, QJsonArray{column}},
                       {u"title"_s, title}, {u"summary"_s, u"摘要"_s}, {u"bodyHtml"_s, u"<p>本局工作动态。</p>"_s},
                       {u"author"_s, u"简文"_s}});
        const qint64 id = idOf(r);
        for (const QString &action : {u"submit"_s, u"approve"_s, u"publish"_s}) {
            if (r.status != 200 && r.status != 201) {
                qWarning("%s refused: %d %s", qPrintable(action), r.status, r.body.constData());
                return false;
            }
            r = m_portal.call(u"jian"_s, "POST", u"/api/v1/items/%1/transitions"_s.arg(id), {{u"action"_s, action}}, ifMatch(r));
        }
        return r.status == 200 && r.json.object().value(u"state").toString() == u"published"_s;
    }
    bool restartAt(const QDateTime &at)
    {
        m_portal.process().setExtraArgs(clockArgs(at));
        if (!m_portal.process().restart())
            return false;
        return signInAdmin() && signInJian(kOwnPassword);
    }
    QJsonObject health() { return m_portal.call(u"jian"_s, "GET", u"/api/v1/sites/%1/health"_s.arg(m_site)).json.object(); }
    static QJsonObject columnIn(const QJsonObject &health, qint64 id)
    {
        for (const QJsonValue &c : health.value(u"columns").toArray())
            if (c.toObject().value(u"column").toInteger() == id)
                return c.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Mid-morning in Beijing, so no request of the test straddles a midnight where the site counts its days.
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(kBeijing).date();
        m_start = QDateTime(today.addDays(-15), QTime(10, 0), kBeijing);
        m_portal.process().setExtraArgs(clockArgs(m_start));
        QVERIFY2(m_portal.start(), m_portal.failure());
        QVERIFY(signInAdmin());

        auto site = m_portal.call(u"admin"_s, "POST", u"/api/v1/sites"_s,
                         {{u"name"_s, u"临江市统计局"_s}, {u"domain"_s, u"tjj.linjiang.gov.cn"_s},
                          {u"siteCode"_s, u"3217000102"_s}, {u"orgCode"_s, u"11321700014538266M"_s},
                          {u"reviewLevels"_s, 1}, {u"reviewHours"_s, 8},
                          {u"publicUrl"_s, u"https://tjj.linjiang.gov.cn/"_s}});
        QCOMPARE(site.status, 201);
        m_site = idOf(site);
        const QString policyPath = u"/api/v1/sites/%1/review-policy"_s.arg(m_site);
        QCOMPARE(m_portal.call(u"admin"_s, "PUT", policyPath,
                      {{u"levels"_s, 1}, {u"allowSameReviewerAcrossLevels"_s, true}, {u"allowAuthorReview"_s, true}},
                      {{"If-Match", m_portal.call(u"admin"_s, "GET", policyPath).headers.value("etag")}})
                     .status,
                 200);
        for (int i = 1; i <= 6; ++i) {
            const auto c = m_portal.call(u"admin"_s, "POST", u"/api/v1/sites/%1/columns"_s.arg(m_site),
                                {{u"name"_s, u"统计动态%1"_s.arg(i)}, {u"kind"_s, u"news"_s}, {u"updateDays"_s, 14}});
            QCOMPARE(c.status, 201);
            m_columns.append(idOf(c));
        }
        const QJsonArray roles{QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_site}},
                               QJsonObject{{u"role"_s, u"reviewer"_s}, {u"site"_s, m_site}, {u"level"_s, 1}},
                               QJsonObject{{u"role"_s, u"publisher"_s}, {u"site"_s, m_site}}};
        const auto user = m_portal.call(u"admin"_s, "POST", u"/api/v1/users"_s,
                               {{u"username"_s, u"jian"_s}, {u"displayName"_s, u"简文"_s}, {u"roles"_s, roles}});
        QCOMPARE(user.status, 201);
        const QString oneTime = user.json.object().value(u"oneTimePassword").toString();
        QVERIFY(signInJian(oneTime));
        QCOMPARE(m_portal.call(u"jian"_s, "POST", u"/api/v1/me/password"_s,
                      {{u"currentPassword"_s, oneTime}, {u"newPassword"_s, kOwnPassword}})
                     .status,
                 204);
        QVERIFY(signInJian(kOwnPassword));
    }

    void freshColumnsAreEmptyThenFine()
    {
        // Columns nothing was ever published in are red from the start: six of them fail the site.
        QJsonObject h = health();
        QCOMPARE(h.value(u"failing").toInt(), 6);
        QCOMPARE(h.value(u"failed").toBool(), true);
        QCOMPARE(columnIn(h, m_columns.first()).value(u"standing").toString(), u"empty"_s);

        for (int i = 0; i < 5; ++i)
            QVERIFY(publishInto(m_columns.at(i), u"统计信息第%1期"_s.arg(i + 1)));
        h = health();
        QCOMPARE(h.value(u"failing").toInt(), 1);
        QCOMPARE(h.value(u"failed").toBool(), false);
        const QJsonObject first = columnIn(h, m_columns.first());
        QCOMPARE(first.value(u"standing").toString(), u"ok"_s);
        QCOMPARE(first.value(u"daysLeft").toInt(), 14);
        QCOMPARE(first.value(u"marginDays").toInt(), 3);
        QCOMPARE(h.value(u"failLine").toInt(), 5);
    }

    void twelveDaysOldIsYellowFifteenIsRed()
    {
        // Three days on, the sixth column gets its item; twelve more days on, it is twelve days old and the first
        // five are fifteen.
        QVERIFY(restartAt(m_start.addDays(3)));
        QVERIFY(publishInto(m_columns.at(5), u"统计信息第6期"_s));
        QVERIFY(restartAt(m_start.addDays(15)));

        const QJsonObject h = health();
        QVERIFY2(!h.isEmpty(), qPrintable(m_portal.process().log().right(2000)));
        const QJsonObject twelve = columnIn(h, m_columns.at(5));
        QCOMPARE(twelve.value(u"standing").toString(), u"warning"_s);
        QCOMPARE(twelve.value(u"daysLeft").toInt(), 2);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject fifteen = columnIn(h, m_columns.at(i));
            QCOMPARE(fifteen.value(u"standing").toString(), u"stale"_s);
            QCOMPARE(fifteen.value(u"daysLeft").toInt(), -1);
        }
        QCOMPARE(h.value(u"failing").toInt(), 5);
        QCOMPARE(h.value(u"warning").toInt(), 1);
        QCOMPARE(h.value(u"failed").toBool(), true);
        QCOMPARE(QDateTime::fromString(h.value(u"at").toString(), Qt::ISODateWithMs).toTimeZone(kBeijing).date(),
                 m_start.addDays(15).date());
    }

    void dashboardSaysWhatTheApiSays()
    {
        pd::api::PortalClient client;
        QVERIFY2(m_portal.signIn(client, u"jian"_s, kOwnPassword), m_portal.failure());
        pd::models::SiteHealthWatch watch(client);
        pd::ui::InspectionBanner banner(watch);
        QSignalSpy ready(&watch, &pd::models::SiteHealthWatch::ready);
        QSignalSpy entered(&watch, &pd::models::SiteHealthWatch::enteredMargin);
        watch.refresh(m_site, true);
        QVERIFY(ready.wait(15000));

        QJsonObject api = health();
        QVERIFY(watch.site());
        QJsonObject shown = watch.site()->toJson();
        api.remove(u"at"_s);
        shown.remove(u"at"_s);
        QCOMPARE(shown, api);
        QCOMPARE(watch.group().size(), 1);

        // The banner: the yellow column with its days left, the red ones, the count against the fail line.
        QVERIFY(!banner.isHidden());
        const QString warnings = banner.warnings()->text();
        QVERIFY2(warnings.contains(u"统计动态6: 2 day(s) left"_s), qPrintable(warnings));
        QVERIFY2(warnings.contains(u"统计动态1: stale for 1 day(s)"_s), qPrintable(warnings));
        QVERIFY2(banner.count()->text().contains(u"5 of 5"_s) && banner.count()->text().contains(u"fails"_s),
                 qPrintable(banner.count()->text()));

        // The tray hears of the column that entered its margin once, not again while it stays there.
        QCOMPARE(entered.size(), 1);
        const auto columns = entered.first().at(1).value<QList<pd::domain::ColumnHealth>>();
        QCOMPARE(columns.size(), 1);
        QCOMPARE(columns.first().columnId, m_columns.at(5));
        watch.refresh(m_site, false);
        QVERIFY(ready.wait(15000));
        QCOMPARE(entered.size(), 1);
    }

    void siteGroupListsEverySiteForAnAdministrator()
    {
        const auto group = m_portal.call(u"admin"_s, "GET", u"/api/v1/site-group/health"_s);
        QCOMPARE(group.status, 200);
        QStringList names;
        bool testSiteFailed = false;
        for (const QJsonValue &v : group.json.object().value(u"sites").toArray()) {
            names.append(v.toObject().value(u"siteName").toString());
            if (v.toObject().value(u"site").toInteger() == m_site)
                testSiteFailed = v.toObject().value(u"failed").toBool();
        }
        QVERIFY2(names.contains(u"临江市人民政府门户网站"_s) && names.contains(u"临江市统计局"_s), qPrintable(names.join(u',')));
        QVERIFY(testSiteFailed);
        QVERIFY(group.json.object().value(u"failedSites").toInt() >= 1);
        // jian works on the test site only, so the group jian sees is that site.
        const auto own = m_portal.call(u"jian"_s, "GET", u"/api/v1/site-group/health"_s);
        QCOMPARE(own.json.object().value(u"sites").toArray().size(), 1);
        // A site jian cannot see answers like an unknown one.
        const qint64 portal = group.json.object().value(u"sites").toArray().first().toObject().value(u"site").toInteger();
        QCOMPARE(m_portal.call(u"jian"_s, "GET", u"/api/v1/sites/%1/health"_s.arg(portal)).status, 404);
    }

    void fourRedColumnsDoNotFailTheSite()
    {
        QVERIFY(publishInto(m_columns.first(), u"统计信息第7期"_s));
        const QJsonObject h = health();
        QCOMPARE(h.value(u"failing").toInt(), 4);
        QCOMPARE(h.value(u"failed").toBool(), false);
        QCOMPARE(columnIn(h, m_columns.first()).value(u"daysLeft").toInt(), 14);
    }
};

QTEST_MAIN(tst_SiteHealth)
#include "tst_site_health.moc"
