#include "tests/support/RichEditorCaret.h"

#include "tests/support/PageScript.h"

#include <QWebEngineView>

using namespace Qt::StringLiterals;

namespace pd::test {

bool RichEditorCaret::placeAtEnd(QWebEngineView *view)
{
    view->setFocus();
    return PageScript::run(view->page(),
                           u"(() => { const root = pdEditor.model.document.getRoot();"
                           u" pdEditor.model.change(w => w.setSelection(w.createPositionAt(root.getChild(root.childCount - 1), 'end')));"
                           u" pdEditor.editing.view.focus(); return true; })()"_s)
        .toBool();
}

QWidget *RichEditorCaret::keyboardTarget(QWebEngineView *view)
{
    return view->focusProxy() ? view->focusProxy() : view;
}

} // namespace pd::test
