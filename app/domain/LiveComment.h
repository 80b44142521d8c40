#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <optional>

namespace pd::domain {

/// A citizen's comment on a live event: arrives `pending`, shown only once a moderator `approved` it (or `hidden`).
struct LiveComment {
    enum class State { Pending, Approved, Hidden };
    enum class Action { Approve, Hide };

    qint64 id = 0;
    qint64 eventId = 0;
    State state = State::Pending;
    QString name; ///< the name the citizen gave (网友 when empty)
    QString text;
    QString address; ///< where it came from; never in the JSON
    QDateTime createdAt;
    qint64 moderatedBy = 0;
    QDateTime moderatedAt;

    static constexpr qsizetype MaxTextLength = 500;
    static constexpr qsizetype MaxNameLength = 30;

    /// The API codes: pending, approved, hidden; approve, hide.
    [[nodiscard]] static QString stateCode(State state);
    [[nodiscard]] static std::optional<State> stateFromCode(QStringView code);
    [[nodiscard]] static QString actionCode(Action action);
    [[nodiscard]] static std::optional<Action> actionFromCode(QStringView code);
    /// The state an action leads to.
    [[nodiscard]] static State stateAfter(Action action) { return action == Action::Approve ? State::Approved : State::Hidden; }

    [[nodiscard]] QJsonObject toJson() const;
    /// `{"id", "name", "text", "createdAt"}` for the public page.
    [[nodiscard]] QJsonObject toPublicJson() const;
    [[nodiscard]] static LiveComment fromJson(const QJsonObject &json);

    friend bool operator==(const LiveComment &, const LiveComment &) = default;
};

} // namespace pd::domain
