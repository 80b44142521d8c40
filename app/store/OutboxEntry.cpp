#include "app/store/OutboxEntry.h"

using namespace Qt::StringLiterals;

namespace pd::store {

QString OutboxEntry::stateCode(State state)
{
    switch (state) {
    case State::Queued: return u"queued"_s;
    case State::Sending: return u"sending"_s;
    case State::Sent: return u"sent"_s;
    case State::NeedsAttention: return u"attention"_s;
    }
    return u"queued"_s;
}

OutboxEntry::State OutboxEntry::stateFromCode(QStringView code)
{
    if (code == u"sending")
        return State::Sending;
    if (code == u"sent")
        return State::Sent;
    if (code == u"attention")
        return State::NeedsAttention;
    return State::Queued;
}

} // namespace pd::store
