#include "ui/disclosure/DisclosureForm.h"

#include "app/domain/DisclosureVocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::ui {

DisclosureForm::DisclosureForm(QWidget *parent)
    : QWidget(parent)
    , m_rows(this)
{
    buildRows();
    connectFields();
    refreshMessages();
}

void DisclosureForm::buildRows()
{
    setObjectName(u"disclosureForm"_s);
    auto row = [&](const QString &label, QWidget *field, const QString &key) { m_rows.addRow(label, field, key); };
    auto line = [&](const QString &name, const QString &accessible) {
        auto *e = new QLineEdit(this);
        e->setObjectName(name);
        e->setAccessibleName(accessible);
        return e;
    };

    m_indexNo = line(u"indexNoEdit"_s, tr("Index number"));
    m_indexNo->setReadOnly(true);
    m_indexNo->setPlaceholderText(tr("Assigned by the server when first saved"));
    row(tr("Index number:"), m_indexNo, u"indexNo"_s);
    m_publisher = line(u"publisherEdit"_s, tr("Publisher"));
    m_publisher->setPlaceholderText(tr("Full name of the publishing organisation"));
    row(tr("&Publisher:"), m_publisher, u"publisher"_s);
    m_docNo = line(u"docNoEdit"_s, tr("Document number"));
    m_docNo->setPlaceholderText(tr("e.g. %1").arg(u"临政办发〔2026〕7号"_s));
    row(tr("&Document number:"), m_docNo, u"docNo"_s);
    m_writtenDate = new QDateEdit(this);
    m_writtenDate->setObjectName(u"writtenDateEdit"_s);
    m_writtenDate->setAccessibleName(tr("Written date"));
    m_writtenDate->setCalendarPopup(true);
    m_writtenDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_writtenDate->setDate(QDate::currentDate());
    row(tr("&Written date:"), m_writtenDate, u"writtenDate"_s);

    m_topic = new QComboBox(this);
    m_topic->setObjectName(u"topicCategoryCombo"_s);
    m_topic->setAccessibleName(tr("Topic category"));
    fillTopics();
    m_topic->setMaxVisibleItems(20);
    row(tr("&Topic category:"), m_topic, u"topicCategory"_s);

    m_genre = choiceCombo(u"genreCombo"_s, domain::disclosure::genres(), false);
    m_genre->setAccessibleName(tr("Genre"));
    row(tr("&Genre:"), m_genre, u"genre"_s);
    m_audience = choiceCombo(u"audienceCombo"_s, domain::disclosure::audiences(), true);
    m_audience->setAccessibleName(tr("Audience"));
    row(tr("A&udience:"), m_audience, u"audience"_s);
    m_mode = choiceCombo(u"modeCombo"_s, domain::disclosure::modes(), false);
    m_mode->setAccessibleName(tr("Disclosure mode"));
    row(tr("Disclosure &mode:"), m_mode, u"mode"_s);
    m_modeReason = line(u"modeReasonEdit"_s, tr("Reason for not disclosing"));
    row(tr("Reason:"), m_modeReason, u"modeReason"_s);
    m_term = choiceCombo(u"termCombo"_s, domain::disclosure::terms(), false);
    m_term->setAccessibleName(tr("Disclosure term"));
    row(tr("Disclosure t&erm:"), m_term, u"term"_s);
    m_scope = choiceCombo(u"scopeCombo"_s, domain::disclosure::scopes(), false);
    m_scope->setAccessibleName(tr("Disclosure scope"));
    row(tr("Disclosure &scope:"), m_scope, u"scope"_s);
    m_validity = choiceCombo(u"validityCombo"_s, domain::disclosure::validities(), false);
    m_validity->setAccessibleName(tr("Validity"));
    m_validity->setToolTip(tr("Mark a document that was amended or abolished as 失效 or 废止 on the original."));
    row(tr("&Validity:"), m_validity, u"validity"_s);
    m_keywords = line(u"subjectTermsEdit"_s, tr("Subject terms"));
    row(tr("Subject te&rms:"), m_keywords, u"keywords"_s);
    m_abstract = new QPlainTextEdit(this);
    m_abstract->setObjectName(u"abstractEdit"_s);
    m_abstract->setAccessibleName(tr("Abstract"));
    m_abstract->setTabChangesFocus(true);
    m_abstract->setMaximumHeight(m_abstract->fontMetrics().lineSpacing() * 4 + 12);
    m_abstractCount = new QLabel(this);
    m_abstractCount->setObjectName(u"abstractCount"_s);
    auto *abstractBox = new QWidget(this);
    auto *ab = new QVBoxLayout(abstractBox);
    ab->setContentsMargins(0, 0, 0, 0);
    ab->setSpacing(1);
    ab->addWidget(m_abstract);
    ab->addWidget(m_abstractCount);
    row(tr("A&bstract:"), abstractBox, u"abstract"_s);
}

void DisclosureForm::connectFields()
{
    // Every edit re-validates that field (and shows its message from then on).
    const auto hook = [this](const QString &key) {
        return [this, key] {
            if (!m_loading)
                fieldEdited(key);
        };
    };
    connect(m_publisher, &QLineEdit::textEdited, this, hook(u"publisher"_s));
    connect(m_publisher, &QLineEdit::textChanged, this, hook(u"publisher"_s));
    connect(m_docNo, &QLineEdit::textChanged, this, hook(u"docNo"_s));
    connect(m_writtenDate, &QDateEdit::dateChanged, this, hook(u"writtenDate"_s));
    connect(m_topic, &QComboBox::currentIndexChanged, this, hook(u"topicCategory"_s));
    connect(m_genre, &QComboBox::currentIndexChanged, this, hook(u"genre"_s));
    connect(m_audience, &QComboBox::currentIndexChanged, this, hook(u"audience"_s));
    connect(m_mode, &QComboBox::currentIndexChanged, this, hook(u"mode"_s));
    connect(m_modeReason, &QLineEdit::textChanged, this, hook(u"modeReason"_s));
    connect(m_term, &QComboBox::currentIndexChanged, this, hook(u"term"_s));
    connect(m_scope, &QComboBox::currentIndexChanged, this, hook(u"scope"_s));
    connect(m_validity, &QComboBox::currentIndexChanged, this, hook(u"validity"_s));
    connect(m_keywords, &QLineEdit::textChanged, this, hook(u"keywords"_s));
    connect(m_abstract, &QPlainTextEdit::textChanged, this, hook(u"abstract"_s));
}

QComboBox *DisclosureForm::choiceCombo(const QString &name, const QStringList &values, bool optional)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->addItem(optional ? tr("(none)") : tr("— choose —"), QString());
    // The values are the catalogue's own Chinese terms (data, not UI text): shown and stored as they are.
    for (const QString &v : values)
        combo->addItem(v, v);
    return combo;
}

void DisclosureForm::fillTopics()
{
    const QString chosen = m_topic->currentData().toString();
    const QSignalBlocker blocker(m_topic);
    m_topic->clear();
    m_topic->addItem(tr("— choose —"), QString());
    for (const domain::TopicCategory &c : m_catalog.all())
        m_topic->addItem(c.isTopLevel() ? c.name : u"    "_s + m_catalog.path(c.code), c.code);
    int i = m_topic->findData(chosen);
    if (i < 0 && !chosen.isEmpty()) {
        m_topic->addItem(chosen, chosen);
        i = m_topic->count() - 1;
    }
    m_topic->setCurrentIndex(std::max(i, 0));
}

void DisclosureForm::setSiteCategories(const QList<domain::TopicCategory> &categories)
{
    m_catalog = domain::TopicCategoryCatalog(categories);
    fillTopics();
    refreshMessages();
}

void DisclosureForm::setMeta(const domain::DisclosureMeta &meta)
{
    m_loading = true;
    const auto select = [](QComboBox *combo, const QString &value) {
        int i = combo->findData(value);
        if (i < 0 && !value.isEmpty()) {
            combo->addItem(value, value); // an old value no longer in the list stays visible
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(i, 0));
    };
    m_indexNo->setText(meta.indexNo);
    m_publisher->setText(meta.publisher);
    m_docNo->setText(meta.docNo);
    if (meta.writtenDate.isValid())
        m_writtenDate->setDate(meta.writtenDate);
    select(m_topic, meta.topicCategory);
    select(m_genre, meta.genre);
    select(m_audience, meta.audience);
    select(m_mode, meta.mode);
    m_modeReason->setText(meta.modeReason);
    select(m_term, meta.term);
    select(m_scope, meta.scope);
    select(m_validity, meta.validity);
    m_keywords->setText(meta.keywords.join(u' '));
    m_abstract->setPlainText(meta.abstract);
    m_touched.clear();
    m_serverErrors.clear();
    m_showAll = false;
    m_loading = false;
    refreshMessages();
}

domain::DisclosureMeta DisclosureForm::meta() const
{
    static const QRegularExpression separators(u"[\\s,，、;；]+"_s);
    domain::DisclosureMeta m;
    m.indexNo = m_indexNo->text();
    m.publisher = m_publisher->text().trimmed();
    m.docNo = m_docNo->text().trimmed();
    m.writtenDate = m_writtenDate->date();
    m.topicCategory = m_topic->currentData().toString();
    m.genre = m_genre->currentData().toString();
    m.audience = m_audience->currentData().toString();
    m.mode = m_mode->currentData().toString();
    m.modeReason = m_modeReason->text().trimmed();
    m.term = m_term->currentData().toString();
    m.scope = m_scope->currentData().toString();
    m.validity = m_validity->currentData().toString();
    m.keywords = m_keywords->text().split(separators, Qt::SkipEmptyParts);
    m.abstract = m_abstract->toPlainText().trimmed();
    return m;
}

QList<FieldError> DisclosureForm::problems() const
{
    QList<FieldError> out;
    for (const FieldError &e : meta().validate(m_catalog, QDate::currentDate()))
        if (e.field != u"indexNo")
            out.append(e);
    return out;
}

void DisclosureForm::showAllProblems()
{
    m_showAll = true;
    refreshMessages();
}

void DisclosureForm::showErrors(const QList<FieldError> &errors)
{
    m_serverErrors.clear();
    for (FieldError e : errors) {
        if (e.field.startsWith(u"disclosure."_s))
            e.field = e.field.mid(11);
        if (m_rows.has(e.field))
            m_serverErrors.append(e);
    }
    m_showAll = true;
    refreshMessages();
}

QHash<QString, QWidget *> DisclosureForm::fieldEditors() const
{
    return {{u"disclosure.indexNo"_s, m_indexNo},       {u"disclosure.publisher"_s, m_publisher},
            {u"disclosure.docNo"_s, m_docNo},           {u"disclosure.modeReason"_s, m_modeReason},
            {u"disclosure.keywords"_s, m_keywords},     {u"disclosure.abstract"_s, m_abstract}};
}

void DisclosureForm::fieldEdited(const QString &key)
{
    m_touched.insert(key);
    m_serverErrors.removeIf([&](const FieldError &e) { return e.field == key; });
    refreshMessages();
    Q_EMIT changed();
}

void DisclosureForm::refreshMessages()
{
    const qsizetype length = m_abstract->toPlainText().trimmed().size();
    m_abstractCount->setText(tr("%1 / %2 characters").arg(length).arg(domain::DisclosureMeta::MaxAbstractLength));
    m_modeReason->setEnabled(m_mode->currentData().toString() == domain::disclosure::withheldMode()
                             || !m_modeReason->text().isEmpty());

    QHash<QString, QStringList> messages;
    for (const FieldError &e : problems())
        if (m_showAll || m_touched.contains(e.field))
            messages[e.field].append(e.message);
    for (const FieldError &e : std::as_const(m_serverErrors))
        if (!messages.value(e.field).contains(e.message))
            messages[e.field].append(e.message);
    m_rows.show(messages);
}

} // namespace pd::ui
