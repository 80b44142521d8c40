#pragma once
#include <functional>

class QDialog;

namespace pd::test {

/// Answers a modal dialog that a step is about to open (and whose exec() would block the test): once it is the
/// active modal widget, `fill` fills it in and it is accepted. Links pd_testsupport_ui.
class NextDialog
{
public:
    /// Call before the step that opens the dialog.
    static void accept(std::function<void(QDialog *)> fill);
};

} // namespace pd::test
