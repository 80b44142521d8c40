#include "ui/editor/SourceView.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace pd::ui {

SourceView::SourceView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"sourceView"_s);
    setAccessibleName(tr("HTML source of the body"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    m_highlighter->setDefinition(m_repository.definitionForName(u"HTML"_s));
    applyTheme();
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
}

SourceView::~SourceView() = default;

void SourceView::setHtml(const QString &html)
{
    if (html == toPlainText())
        return;
    m_loading = true;
    setPlainText(html);
    m_loading = false;
}

void SourceView::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByLineNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void SourceView::applyTheme()
{
    // Light palette → light theme, dark palette → dark theme: the source view must stay readable in both.
    const KSyntaxHighlighting::Theme theme = m_repository.themeForPalette(palette());
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace pd::ui
