#pragma once
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

} // namespace pd::domain
