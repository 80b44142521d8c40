#pragma once
#include <chrono>

namespace pd::test {

/// The pace of a person writing one post after another at a desk. A test that posts in a tight loop would queue
/// every post before the client's outbox sent the first; a reporter takes a moment now and then, and in that moment
/// the outbox sends, retries and meets the link's faults while more posts are being written. Links
/// pd_testsupport_ui.
class TypingPace
{
public:
    /// A pause of `pause` after every `every` posts; between the others only the pending events run.
    TypingPace(int every, std::chrono::milliseconds pause);

    /// Called after each post: lets the event loop run as the person's pace allows.
    void posted();

private:
    int m_every = 1;
    std::chrono::milliseconds m_pause;
    int m_posted = 0;
};

} // namespace pd::test
