#pragma once
#include <QString>

class QWidget;

namespace pd::test {

/// Saves UI tests' screenshots as `<PD_SCREENSHOT_DIR>/<name>.png` (nothing when the variable is unset), so every
/// test names and places its pictures the same way. Links pd_testsupport_ui.
class Screenshot
{
public:
    /// QWidget::grab() of `widget`: fine for plain widgets, offscreen too. False when the file could not be written.
    static bool grab(QWidget *widget, const QString &name);
    /// The window system's copy of `widget`'s window: QWidget::grab() does not see QtWebEngine's surface (Xvfb).
    static bool grabWindow(QWidget *widget, const QString &name);
};

} // namespace pd::test
