#pragma once
#include "app/domain/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pd::server {

/// The directory the public site is written into: atomic writes that leave unchanged files alone (so ETags and
/// caches stay valid), and removals that can never reach outside it.
class WebRoot
{
public:
    /// Which templates rendered the root; hidden, so the static file server never hands it out.
    static constexpr QStringView VersionFile = u".site-version";

    explicit WebRoot(QString root);

    [[nodiscard]] const QString &path() const { return m_root; }
    Result<void> ensureExists() const;
    /// Writes `bytes` to `relative` (e.g. "items/12.html") atomically; true when the file changed.
    Result<bool> write(const QString &relative, const QByteArray &bytes) const;
    /// Removes `relative` if it exists; true when something was removed.
    Result<bool> remove(const QString &relative) const;
    [[nodiscard]] bool exists(const QString &relative) const;
    [[nodiscard]] QByteArray read(const QString &relative) const;
    /// Every regular file below `subdir` ("" for all), as paths relative to the root.
    [[nodiscard]] QStringList files(const QString &subdir) const;

    /// A relative path made of plain segments only (no "..", ".", empty or hidden segments, no backslashes).
    [[nodiscard]] static bool isSafeRelative(QStringView relative);

private:
    [[nodiscard]] QString absolute(const QString &relative) const;

    QString m_root;
};

} // namespace pd::server
