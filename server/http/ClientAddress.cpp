#include "server/http/ClientAddress.h"

#include <QHttpHeaders>
#include <QHttpServerRequest>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

/// IPv4 peers of a dual-stack socket arrive as `::ffff:a.b.c.d`; one spelling per client keeps one budget per client.
QHostAddress normalized(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    QHostAddress plain = address;
    plain.setScopeId({});
    return plain;
}

/// One hop as proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`, `[2001:db8::1]:443`, possibly quoted.
QHostAddress parseHop(QByteArrayView raw)
{
    QByteArray text = raw.trimmed().toByteArray();
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
        text = text.mid(1, text.size() - 2).trimmed();
    if (text.startsWith('[')) {
        const qsizetype close = text.indexOf(']');
        if (close < 0)
            return {};
        text = text.mid(1, close - 1);
    } else if (text.count(':') == 1) {
        text = text.left(text.indexOf(':'));
    }
    QHostAddress address;
    if (text.isEmpty() || !address.setAddress(QString::fromLatin1(text)))
        return {};
    return normalized(address);
}

} // namespace

Result<ClientAddress::Subnet> ClientAddress::parseSubnet(const QString &text)
{
    const QString trimmed = text.trimmed();
    Subnet subnet = trimmed.contains(u'/') ? QHostAddress::parseSubnet(trimmed) : Subnet{QHostAddress(trimmed), -1};
    if (subnet.first.isNull() || subnet.first.protocol() == QAbstractSocket::UnknownNetworkLayerProtocol)
        return fail(ErrorCode::InvalidInput,
                    u"--trusted-proxy 需要地址或“地址/前缀长度”，例如 127.0.0.1 或 10.0.0.0/8，而不是 %1"_s.arg(text));
    if (subnet.second < 0)
        subnet.second = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
    return subnet;
}

Result<QList<ClientAddress::Subnet>> ClientAddress::parseSubnets(const QStringList &texts)
{
    QList<Subnet> out;
    for (const QString &text : texts) {
        auto subnet = parseSubnet(text);
        if (!subnet)
            return std::unexpected(subnet.error());
        out.append(*subnet);
    }
    return out;
}

bool ClientAddress::isTrusted(const QHostAddress &address) const
{
    const QHostAddress plain = normalized(address);
    for (const Subnet &subnet : m_trusted)
        if (plain.isInSubnet(subnet))
            return true;
    return false;
}

QHostAddress ClientAddress::resolve(const QHostAddress &peer, const QByteArray &forwardedFor,
                                    const QByteArray &realIp) const
{
    const QHostAddress direct = normalized(peer);
    if (!isTrusted(direct))
        return direct;
    // Each proxy appends the address it saw; only the hops our own proxies added can be believed, so walk from the
    // right and stop at the first one that is not ours. Anything left of it was written by the client.
    if (!forwardedFor.trimmed().isEmpty()) {
        QHostAddress last = direct;
        const QList<QByteArray> hops = forwardedFor.split(',');
        for (qsizetype i = hops.size() - 1; i >= 0; --i) {
            const QHostAddress hop = parseHop(hops.at(i));
            if (hop.isNull())
                return last; // garbage where an address should be: believe no further
            if (!isTrusted(hop))
                return hop;
            last = hop;
        }
        return last;
    }
    const QHostAddress real = parseHop(realIp);
    return real.isNull() ? direct : real;
}

QHostAddress ClientAddress::resolve(const QHttpServerRequest &request) const
{
    const QHttpHeaders headers = request.headers();
    return resolve(request.remoteAddress(), headers.values("X-Forwarded-For").join(','),
                   headers.value("X-Real-IP").toByteArray());
}

} // namespace pd::server
