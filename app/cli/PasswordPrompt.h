#pragma once
#include <QString>

#include <optional>

namespace pd::cli {

/// Reads a password from the terminal without echoing it (or one line from a pipe when stdin is not a terminal).
class PasswordPrompt
{
public:
    /// Shows `prompt` on stderr and reads one line; nullopt at end of input.
    [[nodiscard]] static std::optional<QString> read(const QString &prompt);
};

} // namespace pd::cli
