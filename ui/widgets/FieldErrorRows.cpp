#include "ui/widgets/FieldErrorRows.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

FieldErrorRows::FieldErrorRows(QWidget *owner)
    : m_owner(owner)
    , m_form(new QFormLayout(owner))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void FieldErrorRows::addRow(const QString &label, QWidget *field, const QString &key)
{
    auto *error = new QLabel(m_owner);
    error->setObjectName(key + u"Error"_s);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #c0392b;"_s);
    error->setVisible(false);
    m_labels.insert(key, error);

    auto *box = new QWidget(m_owner);
    auto *stack = new QVBoxLayout(box);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(1);
    stack->addWidget(field);
    stack->addWidget(error);
    m_form->addRow(label, box);
}

void FieldErrorRows::show(const QHash<QString, QStringList> &messages)
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        const QStringList list = messages.value(it.key());
        it.value()->setText(list.join(u'\n'));
        it.value()->setVisible(!list.isEmpty());
    }
}

} // namespace pd::ui
