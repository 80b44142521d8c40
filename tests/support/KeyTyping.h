#pragma once
#include <QString>

class QWidget;

namespace pd::test {

/// Types text, Chinese included, as committed key input one character at a time — what a dialog's text field gets
/// from a keyboard once an input method has committed — so UI tests type reasons and comments the same way.
/// Links pd_testsupport_ui.
class KeyTyping
{
public:
    /// A key press and release carrying each character of `text`, sent to `widget`.
    static void type(QWidget *widget, const QString &text);
};

} // namespace pd::test
