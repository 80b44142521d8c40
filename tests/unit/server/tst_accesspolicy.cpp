// AccessPolicy: the one guard every administration change passes — an administrator through, anyone else refused
// with 403 and the refusal the controller names.
#include "server/http/AccessPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pd::server::AccessPolicy;

namespace {

pd::domain::User holding(const QString &role, qint64 site)
{
    pd::domain::User user;
    user.username = u"someone"_s;
    if (!role.isEmpty())
        user.roles = {{role, site, 0}};
    return user;
}

} // namespace

class tst_AccessPolicy : public QObject
{
    Q_OBJECT

private slots:
    void administratorPasses()
    {
        QVERIFY(AccessPolicy::requireAdmin(holding(u"admin"_s, 0), u"只有管理员可以修改栏目").has_value());
    }

    void othersAreRefusedInTheControllersWords_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<qint64>("site");
        QTest::newRow("编辑") << u"editor"_s << qint64(0);
        QTest::newRow("审核员") << u"reviewer"_s << qint64(1);
        QTest::newRow("没有角色") << QString() << qint64(0);
    }
    void othersAreRefusedInTheControllersWords()
    {
        QFETCH(QString, role);
        QFETCH(qint64, site);
        const auto refused = AccessPolicy::requireAdmin(holding(role, site), u"只有管理员可以修改主题分类");
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, pd::ErrorCode::Forbidden);
        QCOMPARE(refused.error().message, u"只有管理员可以修改主题分类"_s);
    }
};

QTEST_GUILESS_MAIN(tst_AccessPolicy)
#include "tst_accesspolicy.moc"
