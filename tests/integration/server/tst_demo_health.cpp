// The demo site as the site-health dashboard sees it: every column's last publication is the newest published item
// in it, whatever its type (专题专栏 holds features, 政府信息公开 disclosure items), so no column looks empty that
// is not; and the picture is a real site's a few days before its check — one stale column, one empty one.
#include "app/domain/Column.h"
#include "tests/support/DemoSite.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldFixture.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::DemoSite;
using pd::test::HttpProbe;

class tst_DemoHealth : public QObject
{
    Q_OBJECT

private:
    pd::test::PortaldFixture m_portal;
    HttpProbe m_http;
    std::optional<DemoSite> m_site;
    QList<pd::domain::Column> m_columns;

    static QDateTime timeOf(const QJsonValue &v) { return QDateTime::fromString(v.toString(), Qt::ISODate); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_site = DemoSite::load(m_http, m_portal.baseUrl(), u"editor"_s, pd::test::PortaldFixture::password());
        QVERIFY(m_site);
        for (const QJsonValue &v : m_site->columns()) {
            auto column = pd::domain::Column::fromJson(v.toObject());
            QVERIFY(column);
            m_columns.append(*column);
        }
    }

    void lastPublicationIsTheNewestPublishedItemOfAnyType()
    {
        const auto items = m_site->items(m_http);
        QVERIFY(items);
        QHash<qint64, QDateTime> newest;
        QHash<qint64, QSet<QString>> types;
        for (const QJsonObject &item : *items) {
            if (item.value(u"state").toString() != u"published"_s)
                continue;
            const QDateTime at = timeOf(item.value(u"publishedAt"));
            for (const QJsonValue &c : item.value(u"columns").toArray()) {
                QDateTime &known = newest[c.toInteger()];
                if (!known.isValid() || known < at)
                    known = at;
                types[c.toInteger()].insert(item.value(u"type").toString());
            }
        }
        for (const pd::domain::Column &c : std::as_const(m_columns)) {
            QVERIFY2(c.lastPublishedAt == newest.value(c.id),
                     qPrintable(u"%1: column says %2, items say %3"_s.arg(c.name, c.lastPublishedAt.toString(Qt::ISODate),
                                                                          newest.value(c.id).toString(Qt::ISODate))));
        }
        QVERIFY(types.value(m_site->columnNamed(u"专题专栏"_s)).contains(u"feature"_s));
        QVERIFY(types.value(m_site->columnNamed(u"政府信息公开"_s)).contains(u"disclosure"_s));
    }

    void oneStaleOneEmptyColumn()
    {
        QSet<qint64> parents;
        for (const pd::domain::Column &c : std::as_const(m_columns))
            parents.insert(c.parentId);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList stale;
        QStringList empty;
        for (const pd::domain::Column &c : std::as_const(m_columns)) {
            if (parents.contains(c.id) || c.kind == pd::domain::ColumnKind::Live)
                continue;
            if (!c.lastPublishedAt.isValid())
                empty.append(c.name);
            else if (c.isStale(now))
                stale.append(c.name);
        }
        QCOMPARE(stale, QStringList{u"媒体关注"_s});
        QCOMPARE(empty, QStringList{u"视频新闻"_s});
    }
};

QTEST_GUILESS_MAIN(tst_DemoHealth)
#include "tst_demo_health.moc"
