#pragma once
#include "app/domain/LiveEventState.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace pd::domain {

/// What sort of live event it is: 论坛 forum, 新闻发布会 press conference, 听证会 hearing, 在线访谈 interview. An
/// interview adds the netizen question flow (InterviewQuestion) to the posts every live event has.
enum class LiveEventKind { Forum, Press, Hearing, Interview };

/// The API codes ("forum", "press", "hearing", "interview"); part of the REST contract, never renamed.
[[nodiscard]] QString liveEventKindCode(LiveEventKind kind);
[[nodiscard]] std::optional<LiveEventKind> liveEventKindFromCode(QStringView code);
/// The mode an event of this kind gets when its creator names none: what is said at a hearing (听证会) goes on the
/// record and is reviewed first, as are a leader's answers in an interview; a press conference and a forum go out as
/// they happen.
[[nodiscard]] LiveMode defaultLiveMode(LiveEventKind kind);

} // namespace pd::domain
