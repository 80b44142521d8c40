#include "tests/support/LiveDeskStage.h"

#include "tests/support/LiveDeskDriver.h"

namespace pd::test {

QString LiveDeskStage::start(Link link)
{
    if (!dir.isValid())
        return QStringLiteral("no temporary directory for the desks: ") + dir.errorString();
    settings = LiveDeskDriver::prepareApplication(dir.path());
    if (!portal.start())
        return QString::fromUtf8(portal.failure());
    if (link == Link::Direct)
        return {};
    proxy = std::make_unique<FlakyProxy>(portal.baseUrl());
    return proxy->listen() ? QString() : QStringLiteral("the proxy in front of portald does not listen");
}

} // namespace pd::test
