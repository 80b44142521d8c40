#pragma once
#include <QString>
#include <QStringView>

namespace pd::server {

/// A value someone outside portald chose (a user name, a request path, a header), made safe for one log line:
/// control characters, line and paragraph separators, direction overrides and the backslash itself are written
/// as escapes (`\n`, `\x1b`, `\u2028`, `\\`), so the value can neither end the line nor pass for another one.
/// Use it wherever such a value goes into a `.noquote()` log statement.
[[nodiscard]] QString logText(QStringView value);

} // namespace pd::server
