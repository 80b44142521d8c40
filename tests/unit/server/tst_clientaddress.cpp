// ClientAddress: which address a request comes from — the peer, unless the peer is a trusted proxy, and then the
// right-most hop of X-Forwarded-For (or X-Real-IP) that is not one of our proxies.
#include "server/http/ClientAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pd::server::ClientAddress;

namespace {

ClientAddress trusting(const QStringList &proxies)
{
    auto subnets = ClientAddress::parseSubnets(proxies);
    return ClientAddress(subnets ? *subnets : QList<ClientAddress::Subnet>{});
}

} // namespace

class tst_ClientAddress : public QObject
{
    Q_OBJECT

private slots:
    void resolves_data()
    {
        QTest::addColumn<QStringList>("trusted");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QByteArray>("realIp");
        QTest::addColumn<QString>("expected");

        const QStringList none;
        const QStringList local{u"127.0.0.1"_s, u"::1"_s};
        const QStringList lan{u"127.0.0.1"_s, u"10.0.0.0/8"_s, u"fd00::/8"_s};
        // Nothing is trusted by default, loopback included: a local process may send any header it likes.
        QTest::newRow("loopback not trusted by default") << none << u"127.0.0.1"_s << QByteArray("203.0.113.5")
                                                         << QByteArray("203.0.113.6") << u"127.0.0.1"_s;
        QTest::newRow("untrusted peer ignores headers") << local << u"198.51.100.9"_s << QByteArray("203.0.113.5")
                                                        << QByteArray("203.0.113.6") << u"198.51.100.9"_s;
        QTest::newRow("trusted peer, real ip") << local << u"127.0.0.1"_s << QByteArray() << QByteArray("203.0.113.6")
                                               << u"203.0.113.6"_s;
        QTest::newRow("trusted peer, forwarded wins") << local << u"127.0.0.1"_s << QByteArray("203.0.113.5")
                                                      << QByteArray("203.0.113.6") << u"203.0.113.5"_s;
        QTest::newRow("trusted peer, no headers") << local << u"127.0.0.1"_s << QByteArray() << QByteArray()
                                                  << u"127.0.0.1"_s;
        // A client that sends its own X-Forwarded-For to a proxy that appends: the right-most hop is the proxy's.
        QTest::newRow("spoofed chain, right-most counts") << local << u"127.0.0.1"_s
                                                          << QByteArray("1.1.1.1, 2.2.2.2, 203.0.113.5")
                                                          << QByteArray("9.9.9.9") << u"203.0.113.5"_s;
        // Two proxies of ours (10.x in front of the local nginx): skip them, take the first hop that is not ours.
        QTest::newRow("chain through own proxies") << lan << u"127.0.0.1"_s
                                                   << QByteArray("1.1.1.1, 203.0.113.5, 10.0.0.7") << QByteArray()
                                                   << u"203.0.113.5"_s;
        QTest::newRow("all hops trusted: the left-most") << lan << u"127.0.0.1"_s << QByteArray("10.1.1.1, 10.0.0.7")
                                                         << QByteArray() << u"10.1.1.1"_s;
        // Garbage where an address should be: believe nothing left of it.
        QTest::newRow("garbage hop stops the walk") << lan << u"127.0.0.1"_s
                                                    << QByteArray("1.1.1.1, not-an-address, 10.0.0.7") << QByteArray()
                                                    << u"10.0.0.7"_s;
        QTest::newRow("garbage real ip") << local << u"127.0.0.1"_s << QByteArray() << QByteArray("not-an-address")
                                         << u"127.0.0.1"_s;
        QTest::newRow("hop with port") << local << u"127.0.0.1"_s << QByteArray("203.0.113.5:4711") << QByteArray()
                                       << u"203.0.113.5"_s;
        QTest::newRow("ipv6 peer trusted") << local << u"::1"_s << QByteArray("2001:db8::7") << QByteArray()
                                           << u"2001:db8::7"_s;
        QTest::newRow("ipv6 bracketed with port") << local << u"::1"_s << QByteArray("\"[2001:db8::8]:443\"")
                                                  << QByteArray() << u"2001:db8::8"_s;
        QTest::newRow("ipv6 subnet of proxies") << lan << u"fd00::2"_s << QByteArray("2001:db8::9, fd00::3")
                                                << QByteArray() << u"2001:db8::9"_s;
        QTest::newRow("ipv6 untrusted peer") << local << u"2001:db8::1"_s << QByteArray("203.0.113.5") << QByteArray()
                                             << u"2001:db8::1"_s;
        // A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d; they are the same client as a.b.c.d.
        QTest::newRow("v4-mapped peer is trusted as v4") << local << u"::ffff:127.0.0.1"_s << QByteArray()
                                                         << QByteArray("203.0.113.6") << u"203.0.113.6"_s;
        QTest::newRow("v4-mapped client") << none << u"::ffff:198.51.100.4"_s << QByteArray() << QByteArray()
                                          << u"198.51.100.4"_s;
    }
    void resolves()
    {
        QFETCH(QStringList, trusted);
        QFETCH(QString, peer);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QByteArray, realIp);
        QFETCH(QString, expected);
        const ClientAddress resolver = trusting(trusted);
        QCOMPARE(resolver.resolve(QHostAddress(peer), forwardedFor, realIp), QHostAddress(expected));
    }

    void parsesSubnets()
    {
        const auto one = ClientAddress::parseSubnet(u"127.0.0.1"_s);
        QVERIFY(one);
        QCOMPARE(one->second, 32);
        const auto v6 = ClientAddress::parseSubnet(u"::1"_s);
        QVERIFY(v6);
        QCOMPARE(v6->second, 128);
        const auto net = ClientAddress::parseSubnet(u"10.0.0.0/8"_s);
        QVERIFY(net);
        QCOMPARE(net->second, 8);
        QVERIFY(trusting({u"10.0.0.0/8"_s}).isTrusted(QHostAddress(u"10.200.1.1"_s)));
        QVERIFY(!trusting({u"10.0.0.0/8"_s}).isTrusted(QHostAddress(u"11.0.0.1"_s)));
        QVERIFY(!ClientAddress::parseSubnet(u"localhost"_s));
        QVERIFY(!ClientAddress::parseSubnet(u"10.0.0.0/99"_s));
        QVERIFY(!ClientAddress::parseSubnet({}));
        QVERIFY(!ClientAddress::parseSubnets({u"127.0.0.1"_s, u"nonsense"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_ClientAddress)
#include "tst_clientaddress.moc"
