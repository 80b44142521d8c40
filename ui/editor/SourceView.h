#pragma once
#include <KSyntaxHighlighting/Repository>

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace pd::ui {

/// The body's HTML as text, highlighted with KF6 SyntaxHighlighting in a theme that follows the palette.
class SourceView : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceView)

public:
    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    [[nodiscard]] QString html() const { return toPlainText(); }
    /// Replaces the text without marking the change as the user's (no changed() is emitted).
    void setHtml(const QString &html);
    /// Moves the cursor to a 1-based line (to point at a reported problem).
    void goToLine(int line);

Q_SIGNALS:
    /// The user edited the HTML.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    bool m_loading = false;
};

} // namespace pd::ui
