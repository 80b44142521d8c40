// The domain's messages as an editor reads them in zh_CN: each is looked up under the context lupdate filed it in,
// so a blank form's checks say 请填写标题。 and not "The title is required.".
#include "app/domain/Item.h"
#include "app/domain/WorkflowState.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_DomainTexts : public QObject
{
    Q_OBJECT

    /// Chinese, not the English source: at least one CJK character and no Latin word.
    static bool chinese(const QString &text)
    {
        const bool cjk = std::ranges::any_of(text, [](QChar c) { return c.unicode() >= 0x2E80; });
        static const QRegularExpression latin(u"[A-Za-z]{2,}"_s);
        return cjk && !text.contains(latin);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
    }

    void blankItemChecksInChinese()
    {
        pd::domain::Item blank;
        blank.type = pd::domain::ItemType::News;
        const QList<pd::FieldError> errors = blank.validate();
        QVERIFY(!errors.isEmpty());
        for (const pd::FieldError &e : errors)
            QVERIFY2(chinese(e.message), qPrintable(e.field + u": "_s + e.message));
        QCOMPARE(errors.constFirst().message, u"请填写标题。"_s);
    }

    void unreadableItemInChinese()
    {
        const auto read = pd::domain::Item::fromJson(QJsonObject{{u"title"_s, 3}});
        QVERIFY(!read);
        QVERIFY2(chinese(read.error().message), qPrintable(read.error().message));
    }

    void statesInChinese()
    {
        for (const auto state : {pd::domain::ItemState::Draft, pd::domain::ItemState::Submitted,
                                 pd::domain::ItemState::Published, pd::domain::ItemState::Withdrawn})
            QVERIFY2(chinese(pd::domain::itemStateDisplayName(state)),
                     qPrintable(pd::domain::itemStateDisplayName(state)));
    }
};

QTEST_GUILESS_MAIN(tst_DomainTexts)
#include "tst_domaintexts.moc"
