// LoginThrottle with a hand-driven clock: per address, per account and address, and the account's back-off that an
// honest user sits out but one address alone cannot stretch into a lock.
#include "server/auth/LoginThrottle.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pd::server::LoginThrottle;

class tst_LoginThrottle : public QObject
{
    Q_OBJECT

    qint64 m_now = 1'000'000;
    LoginThrottle::Clock clock()
    {
        return [this] { return m_now; };
    }

private slots:
    void init() { m_now = 1'000'000; }

    void accountAndAddressAfterFiveFailures()
    {
        LoginThrottle throttle(LoginThrottle::Limits{}, clock());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!throttle.admit(u"moderator"_s, u"203.0.113.1"_s));
        const auto wait = throttle.admit(u"moderator"_s, u"203.0.113.1"_s);
        QVERIFY(wait);
        QVERIFY2(*wait >= 1 && *wait <= 60, qPrintable(QString::number(*wait)));
        // Another account from the same address is still admitted.
        QVERIFY(!throttle.admit(u"reporter"_s, u"203.0.113.1"_s));
        // The window passes: the address may try that account again.
        m_now += 60'001;
        QVERIFY(!throttle.admit(u"moderator"_s, u"203.0.113.1"_s));
    }

    void sprayingNamesFromOneAddressStops()
    {
        LoginThrottle throttle(LoginThrottle::Limits{}, clock());
        for (int i = 0; i < 10; ++i)
            QVERIFY(!throttle.admit(u"name%1"_s.arg(i), u"203.0.113.2"_s));
        QVERIFY(throttle.admit(u"fresh-name"_s, u"203.0.113.2"_s));
        // Other addresses are untouched.
        QVERIFY(!throttle.admit(u"fresh-name"_s, u"203.0.113.3"_s));
    }

    void oneAddressCannotLockAnAccount()
    {
        LoginThrottle throttle(LoginThrottle::Limits{}, clock());
        const QString account = u"reviewer1"_s;
        // The attacker keeps hammering from one address for ten minutes; refused tries cost it nothing but count
        // for nothing either.
        qint64 honestWaitedMs = 0;
        for (int minute = 0; minute < 10; ++minute) {
            for (int i = 0; i < 60; ++i) {
                (void)throttle.admit(account, u"198.51.100.66"_s);
                m_now += 1000;
            }
        }
        // The honest user, from elsewhere, is at most briefly delayed — never locked out.
        std::optional<int> wait;
        while ((wait = throttle.admit(account, u"203.0.113.9"_s))) {
            QVERIFY2(*wait <= 15, qPrintable(QString::number(*wait)));
            honestWaitedMs += *wait * 1000;
            m_now += *wait * 1000;
            QVERIFY(honestWaitedMs <= 15'000);
        }
        throttle.succeeded(account, u"203.0.113.9"_s);
        QVERIFY(!throttle.admit(account, u"203.0.113.9"_s));
    }

    void accountBacksOffExponentially()
    {
        LoginThrottle throttle(LoginThrottle::Limits{}, clock());
        const QString account = u"editor"_s;
        // Five addresses, one failure each: the free failures are used up…
        for (int i = 0; i < 5; ++i)
            QVERIFY(!throttle.admit(account, u"10.0.0.%1"_s.arg(i)));
        // …so the next try from anywhere waits 1 s, then 2 s, then 4 s after each further failure.
        for (int expected : {1, 2, 4, 8, 15, 15}) {
            const auto wait = throttle.admit(account, u"10.1.0.%1"_s.arg(expected));
            QVERIFY(wait);
            QCOMPARE(*wait, expected);
            m_now += qint64(expected) * 1000;
            QVERIFY(!throttle.admit(account, u"10.2.0.%1"_s.arg(expected)));
        }
        // A right password forgives the account's failures.
        throttle.succeeded(account, u"10.2.0.15"_s);
        QVERIFY(!throttle.admit(account, u"10.3.0.1"_s));
    }

    void successGivesBackTheAddressAttempt()
    {
        LoginThrottle throttle(LoginThrottle::Limits{}, clock());
        for (int i = 0; i < 30; ++i) {
            QVERIFY(!throttle.admit(u"user%1"_s.arg(i), u"127.0.0.1"_s));
            throttle.succeeded(u"user%1"_s.arg(i), u"127.0.0.1"_s);
        }
        QVERIFY(!throttle.admit(u"another"_s, u"127.0.0.1"_s));
    }
};

QTEST_GUILESS_MAIN(tst_LoginThrottle)
#include "tst_loginthrottle.moc"
