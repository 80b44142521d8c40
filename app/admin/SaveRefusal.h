#pragma once
#include "app/domain/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace pd::admin {

/// A refused save as an administration form shows it: the server's field messages by the form row each belongs
/// to, whether the message line shows as well, and for a conflict (412) the revision saved meanwhile, which the
/// next save of what was typed replaces.
class SaveRefusal
{
public:
    /// `rowOf` maps an error's field (`roles[0].site`) to the row that shows it; `hasRow` says which rows the form has.
    SaveRefusal(const pd::Error &error, const std::function<QString(const QString &)> &rowOf,
                const std::function<bool(const QString &)> &hasRow);

    [[nodiscard]] const pd::Error &error() const { return m_error; }
    /// Each row's messages, each message once; rows the form does not have are left out.
    [[nodiscard]] const QHash<QString, QStringList> &fieldMessages() const { return m_fields; }
    [[nodiscard]] bool isConflict() const { return m_error.code == ErrorCode::PreconditionFailed; }
    /// The revision of the version saved meanwhile that a conflict carries; `fallback` for any other refusal.
    [[nodiscard]] qint64 currentRevision(qint64 fallback) const;
    /// Whether the message line shows: always, but for a 422 whose messages all stand at their fields.
    [[nodiscard]] bool showsMessage() const;

private:
    pd::Error m_error;
    QHash<QString, QStringList> m_fields;
};

/// The version saved meanwhile that a conflict (412) carries in its body, as the server sent it; empty for any other
/// refusal. Forms without field rows (the review policy) show it from here.
[[nodiscard]] QJsonObject savedMeanwhile(const pd::Error &error);

} // namespace pd::admin
