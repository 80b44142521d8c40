// JsonWriter writes JSON text without QJsonObject; what it writes must read back (QJsonDocument) as exactly the
// values given — Chinese, quotes, backslashes, control characters, characters beyond the BMP, lone surrogates —
// and an item summary written through it must equal Item::toSummaryJson.
#include "app/domain/Item.h"
#include "server/http/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace pd;
using pd::server::JsonWriter;

namespace {

QJsonDocument read(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("unreadable JSON (%s): %s", qPrintable(error.errorString()), text.constData());
    return doc;
}

domain::Item sampleItem()
{
    domain::Item item;
    item.id = 4711;
    item.siteId = 2;
    item.type = domain::ItemType::Disclosure;
    item.workflow.state = domain::ItemState::Submitted;
    item.workflow.level = 2;
    item.revision = 7;
    item.title = u"关于印发《临江市\"十五五\"规划》的通知\t(第2号)\\附件"_s;
    item.columnIds = {11, 12};
    item.author = u"市发展改革委"_s;
    item.createdBy = 5;
    item.createdByName = u"周晓雯"_s;
    item.createdAt = QDateTime(QDate(2026, 11, 20), QTime(1, 2, 3, 45), QTimeZone::UTC);
    item.updatedAt = QDateTime(QDate(2026, 11, 23), QTime(8, 0), QTimeZone::fromSecondsAheadOfUtc(8 * 3600));
    item.dueAt = QDateTime(QDate(2026, 11, 23), QTime(6, 30), QTimeZone::UTC);
    item.disclosure = domain::DisclosureMeta{};
    item.disclosure->indexNo = u"11330100MB0000000X/2026-00042"_s;
    item.disclosure->topicCategory = u"02"_s;
    return item;
}

} // namespace

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsReadBackUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("chinese") << u"临江市人民政府门户网站"_s;
        QTest::newRow("quotes and backslashes") << u"他说：\"依法行政\" \\ 路径 C:\\temp"_s;
        QTest::newRow("named escapes") << u"a\nb\rc\td\be\ff"_s;
        QTest::newRow("other control characters") << QString(u"x") + QChar(0x01) + QChar(0x1f) + QChar(0x7f) + u"y"_s;
        QTest::newRow("beyond the BMP") << u"𠀀 𝄞 😀"_s;
        QTest::newRow("slash and line separator") << QString(u"</script> ") + QChar(0x2028) + QChar(0x2029);
        QTest::newRow("latin-1 and two-byte UTF-8") << u"café ÷ ßü ©"_s;
    }

    void stringsReadBackUnchanged()
    {
        QFETCH(QString, text);
        QByteArray out;
        JsonWriter w(out);
        w.beginObject();
        w.field(QLatin1StringView("text"), text);
        w.endObject();
        QCOMPARE(read(out).object().value(u"text").toString(), text);
    }

    void loneSurrogateBecomesReplacementCharacter()
    {
        const QString lone = u"a"_s + QChar(0xd800) + u"b"_s + QChar(0xdc00);
        QByteArray out;
        JsonWriter w(out);
        w.beginArray();
        w.value(lone);
        w.endArray();
        QCOMPARE(read(out).array().at(0).toString(),
                 u"a"_s + QChar(QChar::ReplacementCharacter) + u"b"_s + QChar(QChar::ReplacementCharacter));
    }

    void nestingAndCommas()
    {
        QByteArray out;
        JsonWriter w(out);
        w.beginObject();
        w.key(QLatin1StringView("items"));
        w.beginArray();
        for (int i = 0; i < 3; ++i) {
            w.beginObject();
            w.field(QLatin1StringView("id"), qint64(i));
            w.field(QLatin1StringView("ids"), QList<qint64>{i, -i, qint64(1) << 40});
            w.field(QLatin1StringView("at"), QDateTime());
            w.endObject();
        }
        w.endArray();
        w.key(QLatin1StringView("empty"));
        w.beginArray();
        w.endArray();
        w.key(QLatin1StringView("none"));
        w.null();
        w.endObject();
        QVERIFY2(out.startsWith(R"({"items":[{"id":0,"ids":[0,0,1099511627776],"at":null},{"id":1,)"), out.constData());
        const QJsonObject o = read(out).object();
        QCOMPARE(o.value(u"items").toArray().size(), 3);
        QCOMPARE(o.value(u"items").toArray().at(2).toObject().value(u"ids").toArray().at(1).toInteger(), -2);
        QCOMPARE(o.value(u"items").toArray().at(2).toObject().value(u"ids").toArray().at(2).toInteger(),
                 qint64(1) << 40);
        QVERIFY(o.value(u"items").toArray().at(1).toObject().value(u"at").isNull());
        QVERIFY(o.value(u"empty").toArray().isEmpty());
        QVERIFY(o.contains(u"none") && o.value(u"none").isNull());
    }

    void summaryEqualsToSummaryJson()
    {
        const domain::Item item = sampleItem();
        QByteArray out;
        JsonWriter w(out);
        w.beginObject();
        item.writeSummary(w);
        w.endObject();
        const QJsonObject streamed = read(out).object();
        QCOMPARE(streamed, item.toSummaryJson());
        QCOMPARE(streamed.value(u"updatedAt").toString(), u"2026-11-23T00:00:00.000Z"_s);
        QVERIFY(streamed.value(u"publishAt").isNull());
        QCOMPARE(streamed.value(u"indexNo").toString(), item.disclosure->indexNo);

        domain::Item news = item;
        news.type = domain::ItemType::News;
        news.disclosure.reset();
        out.clear();
        JsonWriter again(out);
        again.beginObject();
        news.writeSummary(again);
        again.endObject();
        QCOMPARE(read(out).object(), news.toSummaryJson());
        QVERIFY(!read(out).object().contains(u"indexNo"));
    }
};

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
