#pragma once
#include "app/domain/Error.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QHttpServerRequest;

namespace pd::server {

/// Decides which address a request comes from: the TCP peer, or — only when that peer is one of the configured
/// trusted proxies — the right-most hop of `X-Forwarded-For` (else `X-Real-IP`) that is not itself a trusted proxy.
///
/// Rate limits and login throttling key on this address, so a header is believed only from a proxy that overwrites
/// it; from anyone else it is ignored, or every request could name a fresh address. Nothing is trusted by default,
/// loopback included: a local process can send any header it likes.
class ClientAddress
{
public:
    using Subnet = QPair<QHostAddress, int>;

    ClientAddress() = default;
    explicit ClientAddress(QList<Subnet> trustedProxies) : m_trusted(std::move(trustedProxies)) {}

    /// Parses `ADDR` or `ADDR/PREFIX` (IPv4 or IPv6) as given to `--trusted-proxy`.
    [[nodiscard]] static Result<Subnet> parseSubnet(const QString &text);
    /// Parses every entry; the first bad one is the error.
    [[nodiscard]] static Result<QList<Subnet>> parseSubnets(const QStringList &texts);

    /// The client's address for a request that arrived from `peer` with these header values (each as received,
    /// several `X-Forwarded-For` lines joined with commas in order).
    [[nodiscard]] QHostAddress resolve(const QHostAddress &peer, const QByteArray &forwardedFor,
                                       const QByteArray &realIp) const;
    [[nodiscard]] QHostAddress resolve(const QHttpServerRequest &request) const;

    [[nodiscard]] bool isTrusted(const QHostAddress &address) const;
    [[nodiscard]] const QList<Subnet> &trustedProxies() const { return m_trusted; }

private:
    QList<Subnet> m_trusted;
};

} // namespace pd::server
