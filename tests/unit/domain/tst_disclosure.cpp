#include "app/domain/DisclosureMeta.h"
#include "app/domain/DisclosureVocabulary.h"
#include "app/domain/TopicCategoryCatalog.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::domain;

namespace {

const QDate kToday(2026, 11, 23);

DisclosureMeta validMeta()
{
    DisclosureMeta m;
    m.indexNo = u"11321700014538266M/2026-00042"_s;
    m.publisher = u"临江市人民政府办公室"_s;
    m.docNo = u"临政办发〔2026〕7号"_s;
    m.writtenDate = QDate(2026, 3, 12);
    m.topicCategory = u"0101"_s;
    m.genre = u"通知"_s;
    m.audience = u"面向公民"_s;
    m.mode = u"主动公开"_s;
    m.term = u"长期"_s;
    m.scope = u"面向社会"_s;
    m.validity = u"有效"_s;
    m.keywords = {u"政务公开"_s, u"工作要点"_s};
    m.abstract = u"印发2026年临江市政务公开工作要点，明确重点领域信息公开任务。"_s;
    return m;
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList f;
    for (const FieldError &e : errors) {
        f.append(e.field);
        if (e.message.isEmpty())
            f.append(u"<no message>"_s);
    }
    return f;
}

} // namespace

class tst_Disclosure : public QObject
{
    Q_OBJECT

private slots:
    void catalogueHas22TopCategories()
    {
        const TopicCategoryCatalog cat;
        const QList<TopicCategory> tops = cat.topCategories();
        QCOMPARE(tops.size(), 22);
        QCOMPARE(tops.first(), (TopicCategory{u"01"_s, u"综合政务"_s, QString()}));
        QCOMPARE(tops.at(1).name, u"国民经济管理、国有资产监管"_s);
        QCOMPARE(tops.at(19).name, u"国防"_s);
        QCOMPARE(tops.last(), (TopicCategory{u"22"_s, u"其他"_s, QString()}));
        const QStringList expected{u"政务公开"_s, u"政务督查"_s, u"应急管理"_s, u"电子政务"_s, u"信访"_s, u"其他"_s};
        QStringList subs;
        for (const TopicCategory &c : cat.subCategories(u"01"_s))
            subs.append(c.name);
        QCOMPARE(subs, expected);
        // Every top category has sub-categories; codes are unique and nest by prefix.
        QSet<QString> codes;
        for (const TopicCategory &c : cat.all()) {
            QVERIFY(!codes.contains(c.code));
            codes.insert(c.code);
            if (!c.isTopLevel()) {
                QVERIFY(c.code.startsWith(c.parentCode));
                QCOMPARE(c.code.size(), 4);
            }
        }
        for (const TopicCategory &t : tops)
            QVERIFY(!cat.subCategories(t.code).isEmpty());
    }

    void catalogueLookups()
    {
        const TopicCategoryCatalog cat;
        QCOMPARE(cat.byPath(u"综合政务/政务公开")->code, u"0101"_s);
        QCOMPARE(cat.byPath(u"城乡建设、环境保护/环境监测、保护与治理")->parentCode, u"09"_s);
        QCOMPARE(cat.byPath(u"国防")->code, u"20"_s);
        QCOMPARE(cat.byPath(u"其他/其他")->code, u"2201"_s);
        QVERIFY(!cat.byPath(u"综合政务/不存在"));
        QVERIFY(!cat.byPath(u"政务公开")); // a sub name alone is ambiguous
        QCOMPARE(cat.path(u"0101"_s), u"综合政务/政务公开"_s);
        QCOMPARE(cat.path(u"21"_s), u"机构编制"_s);
        QCOMPARE(cat.path(u"9999"_s), QString());
        QVERIFY(cat.contains(u"1202"_s));
        QVERIFY(!cat.contains(u"23"_s));
        for (const TopicCategory &c : cat.all())
            QCOMPARE(cat.byPath(cat.path(c.code))->code, c.code);
    }

    void vocabularies()
    {
        QCOMPARE(disclosure::genres().size(), 13);
        QVERIFY(disclosure::genres().contains(u"会议纪要"_s));
        QVERIFY(disclosure::genres().contains(u"函"_s));
        QCOMPARE(disclosure::modes(), (QStringList{u"主动公开"_s, u"依申请公开"_s, u"不予公开"_s}));
        QCOMPARE(disclosure::validities(), (QStringList{u"有效"_s, u"失效"_s, u"废止"_s}));
    }

    void jsonRoundTrip()
    {
        const DisclosureMeta m = validMeta();
        const QJsonObject json = m.toJson();
        QCOMPARE(json.value(u"writtenDate").toString(), u"2026-03-12"_s);
        QCOMPARE(json.value(u"keywords").toArray().size(), 2);
        const Result<DisclosureMeta> back = DisclosureMeta::fromJson(json);
        QVERIFY(back);
        QCOMPARE(*back, m);
    }

    void fromJsonRejectsUnreadableValues()
    {
        QJsonObject json = validMeta().toJson();
        json.insert(u"writtenDate"_s, u"2026/03/12"_s);
        json.insert(u"genre"_s, 7);
        json.insert(u"keywords"_s, u"政务公开"_s);
        const Result<DisclosureMeta> r = DisclosureMeta::fromJson(json);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Validation);
        QCOMPARE(fieldsOf(r.error().fields), (QStringList{u"genre"_s, u"writtenDate"_s, u"keywords"_s}));
        // Absent optional keys are fine.
        QVERIFY(DisclosureMeta::fromJson(QJsonObject{{u"publisher"_s, u"临江市财政局"_s}}));
    }

    void validMetadataPasses()
    {
        const TopicCategoryCatalog cat;
        QCOMPARE(validMeta().validate(cat, kToday), QList<FieldError>{});
        DisclosureMeta m = validMeta();
        m.indexNo.clear(); // not assigned yet
        m.docNo.clear();
        m.audience.clear();
        m.keywords.clear();
        m.writtenDate = kToday; // today is not the future
        m.topicCategory = u"09"_s; // a top category alone is acceptable
        QCOMPARE(m.validate(cat, kToday), QList<FieldError>{});
        // The abstract limit counts characters: exactly 100 passes, 101 fails.
        m.abstract = QString(100, QChar(u'政'));
        QCOMPARE(m.validate(cat, kToday), QList<FieldError>{});
    }

    void invalidFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("missing publisher") << u"publisher"_s << QString();
        QTest::newRow("future written date") << u"writtenDate"_s << u"2026-11-24"_s;
        QTest::newRow("missing written date") << u"writtenDate"_s << QString();
        QTest::newRow("pre-1949 written date") << u"writtenDate"_s << u"1900-01-01"_s;
        QTest::newRow("unknown category") << u"topicCategory"_s << u"0199"_s;
        QTest::newRow("category name instead of code") << u"topicCategory"_s << u"综合政务/政务公开"_s;
        QTest::newRow("missing category") << u"topicCategory"_s << QString();
        QTest::newRow("unknown genre") << u"genre"_s << u"公函"_s;
        QTest::newRow("missing genre") << u"genre"_s << QString();
        QTest::newRow("unknown audience") << u"audience"_s << u"面向全体"_s;
        QTest::newRow("unknown mode") << u"mode"_s << u"部分公开"_s;
        QTest::newRow("unknown term") << u"term"_s << u"永久"_s;
        QTest::newRow("unknown scope") << u"scope"_s << u"面向内部"_s;
        QTest::newRow("unknown validity") << u"validity"_s << u"作废"_s;
        QTest::newRow("abstract of 101 characters") << u"abstract"_s << QString(101, QChar(u'政'));
        QTest::newRow("malformed index number") << u"indexNo"_s << u"11321700014538266M/2026-42"_s;
        QTest::newRow("index number with bad check") << u"indexNo"_s << u"11321700014538266N/2026-00042"_s;
        QTest::newRow("empty keyword") << u"keywords"_s << QString();
    }
    void invalidFields()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject json = validMeta().toJson();
        if (field == u"keywords")
            json.insert(field, QJsonArray{u"政务公开"_s, value});
        else
            json.insert(field, value);
        const Result<DisclosureMeta> m = DisclosureMeta::fromJson(json);
        QVERIFY(m);
        const QList<FieldError> errors = m->validate(TopicCategoryCatalog(), kToday);
        QCOMPARE(fieldsOf(errors), QStringList{field});
    }

    void withheldNeedsReason()
    {
        DisclosureMeta m = validMeta();
        m.mode = u"不予公开"_s;
        QCOMPARE(fieldsOf(m.validate(TopicCategoryCatalog(), kToday)), QStringList{u"modeReason"_s});
        m.modeReason = u"涉及国家秘密，依据《中华人民共和国政府信息公开条例》第十四条不予公开。"_s;
        QCOMPARE(m.validate(TopicCategoryCatalog(), kToday), QList<FieldError>{});
    }

    void abstractCountsCharactersNotUtf16Units()
    {
        DisclosureMeta m = validMeta();
        // 50 characters outside the BMP are 100 UTF-16 units but only 50 characters.
        m.abstract.clear();
        for (int i = 0; i < 60; ++i)
            m.abstract.append(QString::fromUcs4(U"\U00020000", 1));
        QCOMPARE(m.abstract.size(), 120);
        QCOMPARE(m.validate(TopicCategoryCatalog(), kToday), QList<FieldError>{});
    }

    void everyProblemReportedAtOnce()
    {
        DisclosureMeta m;
        m.mode = u"不予公开"_s;
        m.abstract = QString(120, QChar(u'字'));
        const QStringList fields = fieldsOf(m.validate(TopicCategoryCatalog(), kToday));
        for (const QString &f : {u"publisher"_s, u"writtenDate"_s, u"topicCategory"_s, u"genre"_s, u"term"_s,
                                 u"scope"_s, u"validity"_s, u"modeReason"_s, u"abstract"_s})
            QVERIFY2(fields.contains(f), qPrintable(f));
        QVERIFY(!fields.contains(u"<no message>"_s));
        // The no-argument overload uses the national catalogue and today's date.
        QVERIFY(validMeta().validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Disclosure)
#include "tst_disclosure.moc"
