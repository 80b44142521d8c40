// What the 失效 / 废止 core decides before anything is sent: who is offered the marking of which document, which
// requests are refused in place (and naming which field), and how a list says a document's validity.
#include "app/editing/Invalidation.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::editing::Invalidation;

namespace {

pd::domain::Item document(const QString &state, const QString &effectiveDate = {})
{
    QJsonObject o{{u"id"_s, 7}, {u"site"_s, 1}, {u"type"_s, u"disclosure"_s}, {u"state"_s, state},
                  {u"revision"_s, 4}, {u"title"_s, u"关于调整城市低保标准的通知"_s},
                  {u"indexNo"_s, u"11441700007280420Y/2026-00007"_s}};
    if (!effectiveDate.isEmpty()) {
        o.insert(u"validity"_s, u"失效"_s);
        o.insert(u"effectiveDate"_s, effectiveDate);
    }
    return pd::domain::Item::fromJson(o).value_or(pd::domain::Item{});
}

pd::domain::User user(const QString &role, qint64 site = 1)
{
    pd::domain::User u;
    u.id = 3;
    u.username = u"someone"_s;
    u.roles.append(pd::domain::RoleGrant{role, site, 0});
    return u;
}

} // namespace

class tst_Invalidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mayApply_data()
    {
        QTest::addColumn<pd::domain::Item>("item");
        QTest::addColumn<pd::domain::User>("actor");
        QTest::addColumn<bool>("offered");
        QTest::newRow("签发 marks a published document") << document(u"published"_s) << user(u"publisher"_s) << true;
        QTest::newRow("编辑 may not") << document(u"published"_s) << user(u"editor"_s) << false;
        QTest::newRow("签发 of another site may not") << document(u"published"_s) << user(u"publisher"_s, 2) << false;
        QTest::newRow("a draft is not in force yet") << document(u"draft"_s) << user(u"publisher"_s) << false;
        QTest::newRow("marked once is final") << document(u"published"_s, u"2026-11-01"_s) << user(u"publisher"_s)
                                              << false;
        pd::domain::Item news = document(u"published"_s);
        news.type = pd::domain::ItemType::News;
        news.disclosure.reset();
        QTest::newRow("news has no validity") << news << user(u"publisher"_s) << false;
    }

    void mayApply()
    {
        QFETCH(pd::domain::Item, item);
        QFETCH(pd::domain::User, actor);
        QFETCH(bool, offered);
        QCOMPARE(Invalidation::mayApply(item, actor), offered);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("validity");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("replacedBy");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QStringList>("refused");
        QTest::newRow("废止 with a replacing document") << u"废止"_s << QDate(2026, 12, 1) << qint64(8) << QString()
                                                      << QStringList{};
        QTest::newRow("失效 alone") << u"失效"_s << QDate(2026, 12, 1) << qint64(0) << u"到期"_s << QStringList{};
        QTest::newRow("有效 is not a marking") << u"有效"_s << QDate(2026, 12, 1) << qint64(0) << QString()
                                               << QStringList{u"validity"_s};
        QTest::newRow("no date") << u"废止"_s << QDate() << qint64(0) << QString() << QStringList{u"effectiveDate"_s};
        QTest::newRow("replaced by itself") << u"废止"_s << QDate(2026, 12, 1) << qint64(7) << QString()
                                            << QStringList{u"replacedBy"_s};
        QTest::newRow("a reason longer than kept") << u"失效"_s << QDate(2026, 12, 1) << qint64(0)
                                                   << QString(2001, u'长') << QStringList{u"comment"_s};
    }

    void validate()
    {
        QFETCH(QString, validity);
        QFETCH(QDate, date);
        QFETCH(qint64, replacedBy);
        QFETCH(QString, reason);
        QFETCH(QStringList, refused);
        const auto result = Invalidation::validate({document(u"published"_s), validity, date, replacedBy, reason});
        QCOMPARE(bool(result), refused.isEmpty());
        if (!result) {
            QStringList fields;
            for (const pd::FieldError &f : result.error().fields)
                fields.append(f.field);
            QCOMPARE(fields, refused);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void validityText()
    {
        QCOMPARE(Invalidation::validityText(document(u"published"_s)), QString());
        QCOMPARE(Invalidation::validityText(document(u"published"_s, u"2026-11-01"_s)), u"失效 since 2026-11-01"_s);
    }
};

QTEST_GUILESS_MAIN(tst_Invalidation)
#include "tst_invalidation.moc"
