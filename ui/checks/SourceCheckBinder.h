#pragma once
#include "app/checksclient/CheckRunner.h"
#include "app/checks/Finding.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QPlainTextEdit;

namespace pd::ui {

class FindingsPanel;

/// Connects one text field of an editor to the content checks: every edit of `edit` goes to the CheckRunner as
/// `field`; a finding of that field activated in the FindingsPanel selects exactly its text in `edit` (and
/// scrolls to it); applying its suggestion replaces that text as one undoable edit. Works for the HTML source
/// view (format Html, offsets index the HTML) and for any plain QPlainTextEdit.
///
/// @code
///   auto *binder = new SourceCheckBinder(*sourceView, runner, *panel, u"bodyHtml"_s,
///                                        checks::CheckRunner::Format::Html, editorWindow);
/// @endcode
/// Other widgets (the rich editor, line edits) take the same two panel signals and the same offsets.
class SourceCheckBinder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceCheckBinder)

public:
    SourceCheckBinder(QPlainTextEdit &edit, checks::CheckRunner &runner, FindingsPanel &panel, QString field,
                      checks::CheckRunner::Format format, QObject *parent = nullptr);

    [[nodiscard]] const QString &field() const { return m_field; }

    /// Selects the finding's text in the edit; false when the finding is of another field or the text changed
    /// since it was checked (a new result is on its way then).
    bool select(const checks::Finding &finding);
    /// Replaces the finding's text by its suggestion; false as for select(), or when there is no suggestion.
    bool apply(const checks::Finding &finding);

private:
    [[nodiscard]] bool current(const checks::Finding &finding) const;
    void textEdited();

    QPointer<QPlainTextEdit> m_edit;
    checks::CheckRunner &m_runner;
    QString m_field;
    checks::CheckRunner::Format m_format;
};

} // namespace pd::ui
