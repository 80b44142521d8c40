#pragma once
#include "tests/support/FlakyProxy.h"
#include "tests/support/PortaldFixture.h"

#include <QSettings>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace pd::test {

/// What the desks of a 直播 UI test stand on, shared by all of its test functions: a portald, a FlakyProxy in front
/// of it for the desks that go through a link that can fail, a temporary directory for their stores and the
/// settings every desk shares. Links pd_testsupport_live.
///
/// @code
///   pd::test::LiveDeskStage m_stage;   // a member of the test
///   const QString failed = m_stage.start();   // in initTestCase()
///   QVERIFY2(failed.isEmpty(), qPrintable(failed));
/// @endcode
struct LiveDeskStage {
    /// How the stage comes up.
    enum class Link {
        Proxied, ///< a FlakyProxy listens in front of portald
        Direct,  ///< no proxy: the desks reach portald itself
    };

    LiveDeskStage() = default;
    LiveDeskStage(const LiveDeskStage &) = delete;
    LiveDeskStage &operator=(const LiveDeskStage &) = delete;

    /// What a desk test does before anything else: the application prepared as a Chinese desk runs it (see
    /// LiveDeskDriver::prepareApplication) with `settings` in `dir`, `portal` started and, for Link::Proxied, `proxy`
    /// listening in front of it. Empty when all of it came up, else why not.
    [[nodiscard]] QString start(Link link = Link::Proxied);

    PortaldFixture portal;
    std::unique_ptr<FlakyProxy> proxy; ///< null until start() with Link::Proxied
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings; ///< null until start()
};

} // namespace pd::test
