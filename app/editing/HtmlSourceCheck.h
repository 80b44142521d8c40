#pragma once
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace pd::editing {

/// Finds the first structural mistake in hand-written body HTML (unclosed, stray or crossed tags, an unfinished
/// tag), with its 1-based line, so the source view can point at it before the server's sanitiser reshapes it.
class HtmlSourceCheck
{
    Q_DECLARE_TR_FUNCTIONS(HtmlSourceCheck)

public:
    struct Problem {
        int line = 0;
        QString message;
    };

    [[nodiscard]] static std::optional<Problem> check(QStringView html);
};

} // namespace pd::editing
