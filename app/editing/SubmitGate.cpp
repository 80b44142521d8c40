#include "app/editing/SubmitGate.h"

#include "app/checksclient/CheckRunner.h"

namespace pd::editing {

SubmitGate::SubmitGate(checks::CheckRunner &checks, QObject *parent)
    : QObject(parent)
    , m_checks(checks)
{
}

SubmitGate::~SubmitGate() = default;

void SubmitGate::request()
{
    if (m_waiting)
        return;
    m_waiting = true;
    m_checks.whenUpToDate(this, m_limit, [this](bool checked) {
        m_waiting = false;
        // Unchecked: the server's check still applies, so the submit is not held back here.
        if (checked) {
            const QList<checks::Finding> stop = blocking(m_checks.findings());
            if (!stop.isEmpty()) {
                Q_EMIT blocked(stop);
                return;
            }
        }
        Q_EMIT cleared();
    });
}

QList<checks::Finding> SubmitGate::blocking(const QList<checks::Finding> &findings)
{
    QList<checks::Finding> out;
    for (const checks::Finding &f : findings)
        if (f.severity == checks::Severity::Block)
            out.append(f);
    return out;
}

} // namespace pd::editing
