#include "ui/editor/NewsMetadataForm.h"

#include "ui/editor/ColumnChooser.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &accessible, int maxLength = 200)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setMaxLength(maxLength);
    return edit;
}

QStringList splitKeywords(const QString &text)
{
    // Editors separate keywords with whatever their input method gives them: spaces, commas, 、 or ；.
    static const QRegularExpression separators(u"[\\s,，、;；]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

} // namespace

NewsMetadataForm::NewsMetadataForm(QWidget *parent)
    : QWidget(parent)
    , m_rows(this)
{
    setObjectName(u"newsMetadataForm"_s);
    auto row = [&](const QString &label, QWidget *field, const QString &key) { m_rows.addRow(label, field, key); };

    m_title = lineEdit(this, u"titleEdit"_s, tr("Title"), int(domain::Item::MaxTitleLength));
    m_title->setPlaceholderText(tr("Required"));
    row(tr("&Title:"), m_title, u"title"_s);
    m_subtitle = lineEdit(this, u"subtitleEdit"_s, tr("Subtitle"));
    row(tr("Su&btitle:"), m_subtitle, u"subtitle"_s);
    m_column = new ColumnChooser(m_columnChoices, this);
    row(tr("&Column:"), m_column, u"columns"_s);
    m_source = lineEdit(this, u"sourceEdit"_s, tr("Source"));
    row(tr("&Source:"), m_source, u"source"_s);
    m_author = lineEdit(this, u"authorEdit"_s, tr("Author"));
    row(tr("&Author:"), m_author, u"author"_s);
    m_responsibleEditor = lineEdit(this, u"responsibleEditorEdit"_s, tr("Responsible editor"));
    row(tr("&Responsible editor:"), m_responsibleEditor, u"responsibleEditor"_s);
    m_keywords = lineEdit(this, u"keywordsEdit"_s, tr("Keywords"), 500);
    m_keywords->setPlaceholderText(tr("Separated by spaces or commas"));
    row(tr("&Keywords:"), m_keywords, u"keywords"_s);
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(u"summaryEdit"_s);
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMaximumHeight(m_summary->fontMetrics().lineSpacing() * 4 + 12);
    row(tr("Su&mmary:"), m_summary, u"summary"_s);

    for (QLineEdit *e : {m_title, m_subtitle, m_source, m_author, m_responsibleEditor, m_keywords})
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                Q_EMIT changed();
        });
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
    connect(m_column, &ColumnChooser::currentColumnChanged, this, [this] {
        if (!m_loading)
            Q_EMIT changed();
    });
}

QHash<QString, QWidget *> NewsMetadataForm::fieldEditors() const
{
    return {{u"title"_s, m_title},   {u"subtitle"_s, m_subtitle},
            {u"source"_s, m_source}, {u"author"_s, m_author},
            {u"responsibleEditor"_s, m_responsibleEditor},
            {u"keywords"_s, m_keywords}, {u"summary"_s, m_summary}};
}

void NewsMetadataForm::setItem(const domain::Item &item)
{
    m_loading = true;
    m_title->setText(item.title);
    m_subtitle->setText(item.subtitle);
    m_source->setText(item.source);
    m_author->setText(item.author);
    m_responsibleEditor->setText(item.responsibleEditor);
    m_keywords->setText(item.keywords.join(u' '));
    m_summary->setPlainText(item.summary);
    // A column of another kind (or one not loaded) is still listed and shown rather than the item silently moved.
    const qint64 column = item.columnIds.isEmpty() ? 0 : item.columnIds.constFirst();
    m_columnChoices.setItem(item.type, item.siteId, column);
    m_column->setCurrentColumn(column);
    m_loading = false;
}

void NewsMetadataForm::applyTo(domain::Item &item) const
{
    item.title = m_title->text().trimmed();
    item.subtitle = m_subtitle->text().trimmed();
    item.source = m_source->text().trimmed();
    item.author = m_author->text().trimmed();
    item.responsibleEditor = m_responsibleEditor->text().trimmed();
    item.keywords = splitKeywords(m_keywords->text());
    item.summary = m_summary->toPlainText().trimmed();
    if (const qint64 column = m_column->currentColumn(); column > 0) {
        // A new item follows the column chosen for it to its site; a saved one is only offered its own site's.
        if (const qint64 site = m_columnChoices.siteOf(column); site > 0 && site != item.siteId)
            item.siteId = site;
        // The first column is the one chosen here; further columns set elsewhere are kept.
        item.columnIds.removeAll(column);
        if (!item.columnIds.isEmpty())
            item.columnIds.removeFirst();
        item.columnIds.prepend(column);
    }
}

void NewsMetadataForm::showErrors(const QList<FieldError> &errors)
{
    QHash<QString, QStringList> messages;
    for (const FieldError &e : errors)
        messages[e.field].append(e.message);
    m_rows.show(messages);
}

} // namespace pd::ui
