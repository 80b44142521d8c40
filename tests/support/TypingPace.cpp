#include "tests/support/TypingPace.h"

#include <QTest>

namespace pd::test {

TypingPace::TypingPace(int every, std::chrono::milliseconds pause)
    : m_every(every > 0 ? every : 1)
    , m_pause(pause)
{
}

void TypingPace::posted()
{
    ++m_posted;
    // The pause is the person's, not a wait for something to happen: nothing is asserted after it.
    QTest::qWait(m_posted % m_every == 0 ? int(m_pause.count()) : 0);
}

} // namespace pd::test
