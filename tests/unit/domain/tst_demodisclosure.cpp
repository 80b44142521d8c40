#include "app/domain/DisclosureMeta.h"
#include "app/domain/IndexNumber.h"
#include "app/domain/Site.h"
#include "app/domain/TopicCategoryCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::domain;

namespace {

QJsonDocument readDemo(const QString &name)
{
    QFile file(qEnvironmentVariable("PD_SOURCE_DIR") + u"/resources/demo/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

} // namespace

/// The demo catalogue is seeded through the same validation as every client write: it must pass it, and it must
/// name topic categories the way the catalogue does.
class tst_DemoDisclosure : public QObject
{
    Q_OBJECT

private slots:
    void siteOrgCodeIsValid()
    {
        const QJsonObject site = readDemo(u"site.json"_s).object().value(u"site").toObject();
        const QString org = site.value(u"orgCode").toString();
        QVERIFY2(IndexNumber::validateOrgCode(org), qPrintable(org));
        QVERIFY(IndexNumber::parse(IndexNumber::format(org, 2026, 1)));
    }

    void everyDisclosureItemValidates()
    {
        const QJsonArray items = readDemo(u"disclosure.json"_s).array();
        QVERIFY(items.size() >= 300);
        const TopicCategoryCatalog catalog;
        QSet<QString> tops;
        QSet<QString> genres;
        for (const QJsonValue &v : items) {
            QJsonObject o = v.toObject();
            const QString title = o.value(u"title").toString();
            const auto category = catalog.byPath(o.value(u"topicCategory").toString());
            QVERIFY2(category, qPrintable(title + u": "_s + o.value(u"topicCategory").toString()));
            o.insert(u"topicCategory"_s, category->code);
            tops.insert(category->isTopLevel() ? category->code : category->parentCode);
            genres.insert(o.value(u"genre").toString());

            const Result<DisclosureMeta> meta = DisclosureMeta::fromJson(o);
            QVERIFY2(meta, qPrintable(title));
            // Written dates in the demo texts were fixed for seeding in late November 2026.
            const QDate today = std::max(QDate::currentDate(), QDate(2026, 11, 23));
            const QList<FieldError> errors = meta->validate(catalog, today);
            QVERIFY2(errors.isEmpty(), qPrintable(title + u": "_s + errors.value(0).field + u' ' + errors.value(0).message));
        }
        QCOMPARE(tops.size(), 22);
        QCOMPARE(genres.size(), 13);
    }
};

QTEST_GUILESS_MAIN(tst_DemoDisclosure)
#include "tst_demodisclosure.moc"
