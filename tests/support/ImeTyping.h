#pragma once
#include <QString>

class QWidget;

namespace pd::test {

/// Types Chinese the way an input method commits it — a phrase of two characters at a time, each a
/// QInputMethodEvent — so tests and benchmarks that type into editors drive the same path. Links pd_testsupport_ui.
class ImeTyping
{
public:
    /// Sends the commits to `target` (a line edit, a plain-text edit, a web view's focus proxy), processing events
    /// after each as a user's typing would.
    static void commit(QWidget *target, const QString &text);
};

} // namespace pd::test
