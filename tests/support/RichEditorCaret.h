#pragma once

class QWebEngineView;
class QWidget;

namespace pd::test {

/// The keyboard for the rich editor page (CKEditor 5 as `pdEditor`) in tests and benchmarks: the caret put at the
/// end of the last block, and the widget that takes the keys. Links pd_testsupport_web.
class RichEditorCaret
{
public:
    /// Focuses `view` and puts the editor's caret at the end of its last block; false when the page did not answer.
    static bool placeAtEnd(QWebEngineView *view);
    /// Where key and input-method events for `view` go: its focus proxy (Chromium's render widget) when it has one.
    static QWidget *keyboardTarget(QWebEngineView *view);
};

} // namespace pd::test
