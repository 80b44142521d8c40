#pragma once
#include "app/checks/Finding.h"

#include <QList>
#include <QObject>

#include <chrono>

namespace pd::checks {
class CheckRunner;
}

namespace pd::editing {

/// Decides whether a submit may go out: it waits for the check of exactly what is submitted, then lets it through
/// (cleared) unless a finding of severity Block stands (blocked, with those findings). When the check cannot finish
/// in time (no rules yet, first start offline) the submit goes through: portald checks again and answers 422.
class SubmitGate : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitGate)

public:
    explicit SubmitGate(checks::CheckRunner &checks, QObject *parent = nullptr);
    ~SubmitGate() override;

    /// How long a submit waits for the check (default three seconds).
    void setLimit(std::chrono::milliseconds limit) { m_limit = limit; }
    /// Asks to submit; answered by exactly one of cleared() or blocked(). A request while one waits is dropped.
    void request();
    [[nodiscard]] bool isWaiting() const { return m_waiting; }
    /// The findings among `findings` that stop a submit.
    [[nodiscard]] static QList<checks::Finding> blocking(const QList<checks::Finding> &findings);

Q_SIGNALS:
    /// Submit now.
    void cleared();
    /// Not submitted: these findings must be fixed first.
    void blocked(const QList<pd::checks::Finding> &findings);

private:
    checks::CheckRunner &m_checks;
    std::chrono::milliseconds m_limit{std::chrono::seconds(3)};
    bool m_waiting = false;
};

} // namespace pd::editing
