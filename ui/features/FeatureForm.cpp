#include "ui/features/FeatureForm.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
constexpr int kIdRole = Qt::UserRole;        // section id or item id
constexpr int kIsItemRole = Qt::UserRole + 1; // true for referenced items
} // namespace

FeatureForm::FeatureForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"featureForm"_s);
    auto *form = new QFormLayout(this);
    m_slug = new QLineEdit(this);
    m_slug->setObjectName(u"slugEdit"_s);
    m_slug->setAccessibleName(tr("Slug"));
    m_slug->setPlaceholderText(tr("lower-case letters, digits and -, e.g. %1").arg(u"flood-2026"_s));
    form->addRow(tr("S&lug:"), m_slug);
    auto *endRow = new QHBoxLayout;
    m_hasEnd = new QCheckBox(tr("Ends on"), this);
    m_hasEnd->setObjectName(u"hasEndCheck"_s);
    m_endsAt = new QDateTimeEdit(QDateTime::currentDateTime().addMonths(3), this);
    m_endsAt->setObjectName(u"endsAtEdit"_s);
    m_endsAt->setAccessibleName(tr("End date"));
    m_endsAt->setCalendarPopup(true);
    m_endsAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_endsAt->setEnabled(false);
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_endsAt, 1);
    form->addRow(tr("End date:"), endRow);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"sectionTree"_s);
    m_tree->setAccessibleName(tr("Sections and their items"));
    m_tree->setHeaderLabels({tr("Section / item")});
    m_tree->header()->hide();
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setMinimumHeight(200);
    form->addRow(tr("Sections:"), m_tree);

    auto *buttons = new QHBoxLayout;
    auto *addSection = new QPushButton(tr("Add &section"), this);
    addSection->setObjectName(u"addSectionButton"_s);
    m_itemId = new QLineEdit(this);
    m_itemId->setObjectName(u"itemIdEdit"_s);
    m_itemId->setAccessibleName(tr("Item number to add"));
    m_itemId->setPlaceholderText(tr("Item no."));
    m_itemId->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_itemId));
    m_itemId->setMaximumWidth(90);
    auto *addItem = new QPushButton(tr("Add &item"), this);
    addItem->setObjectName(u"addItemButton"_s);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(u"removeButton"_s);
    buttons->addWidget(addSection);
    buttons->addWidget(m_itemId);
    buttons->addWidget(addItem);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    form->addRow(QString(), buttons);
    m_error = new QLabel(this);
    m_error->setObjectName(u"featureError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->setVisible(false);
    form->addRow(QString(), m_error);

    const auto emitChanged = [this] {
        if (!m_loading)
            Q_EMIT changed();
    };
    connect(m_slug, &QLineEdit::textChanged, this, emitChanged);
    connect(m_hasEnd, &QCheckBox::toggled, m_endsAt, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, this, emitChanged);
    connect(m_endsAt, &QDateTimeEdit::dateTimeChanged, this, emitChanged);
    connect(m_tree, &QTreeWidget::itemChanged, this, emitChanged);
    // A drop ends with rows removed from the old place; tidy up once the view has finished.
    connect(m_tree->model(), &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_loading)
            QTimer::singleShot(0, this, &FeatureForm::normalise);
    });
    connect(addSection, &QPushButton::clicked, this, &FeatureForm::addSection);
    connect(addItem, &QPushButton::clicked, this, &FeatureForm::addItem);
    connect(m_itemId, &QLineEdit::returnPressed, this, &FeatureForm::addItem);
    connect(remove, &QPushButton::clicked, this, &FeatureForm::removeSelected);
}

void FeatureForm::setFeature(const domain::ItemFeature &feature)
{
    m_loading = true;
    m_slug->setText(feature.slug);
    m_hasEnd->setChecked(feature.endsAt.isValid());
    if (feature.endsAt.isValid())
        m_endsAt->setDateTime(feature.endsAt.toLocalTime());
    m_bannerMediaId = feature.bannerMediaId;
    rebuild(feature);
    m_loading = false;
}

void FeatureForm::rebuild(const domain::ItemFeature &feature)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_tree->clear();
    for (const domain::ItemFeatureSection &s : feature.sections) {
        auto *section = new QTreeWidgetItem(m_tree, {s.title});
        section->setData(0, kIdRole, s.id);
        section->setData(0, kIsItemRole, false);
        section->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
                          | Qt::ItemIsDropEnabled);
        for (const qint64 id : s.itemIds) {
            const QString title = m_titles.value(id);
            auto *item = new QTreeWidgetItem(section, {title.isEmpty() ? tr("Item %1").arg(id)
                                                                       : tr("%1 (no. %2)").arg(title).arg(id)});
            item->setData(0, kIdRole, id);
            item->setData(0, kIsItemRole, true);
            // Items can be dragged but nothing is dropped onto them: they only live inside sections.
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        }
    }
    m_tree->expandAll();
    m_loading = wasLoading;
}

domain::ItemFeature FeatureForm::feature() const
{
    domain::ItemFeature f;
    f.slug = m_slug->text().trimmed();
    f.bannerMediaId = m_bannerMediaId;
    if (m_hasEnd->isChecked())
        f.endsAt = m_endsAt->dateTime().toUTC();
    domain::ItemFeatureSection *current = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *node = m_tree->topLevelItem(i);
        if (node->data(0, kIsItemRole).toBool()) {
            // An item dropped between sections belongs to the section above it.
            if (current)
                current->itemIds.append(node->data(0, kIdRole).toLongLong());
            continue;
        }
        domain::ItemFeatureSection s;
        s.id = node->data(0, kIdRole).toLongLong();
        s.title = node->text(0).trimmed();
        for (int c = 0; c < node->childCount(); ++c) {
            const QTreeWidgetItem *child = node->child(c);
            if (child->data(0, kIsItemRole).toBool())
                s.itemIds.append(child->data(0, kIdRole).toLongLong());
            else // a section dropped into another: its items join it
                for (int g = 0; g < child->childCount(); ++g)
                    s.itemIds.append(child->child(g)->data(0, kIdRole).toLongLong());
        }
        f.sections.append(s);
        current = &f.sections.last();
    }
    return f;
}

void FeatureForm::normalise()
{
    // Whatever a drop did, the tree is rebuilt from what it now means: sections holding items.
    rebuild(feature());
    Q_EMIT changed();
}

void FeatureForm::setItemTitles(const QHash<qint64, QString> &titles)
{
    m_titles = titles;
    rebuild(feature());
}

void FeatureForm::moveItem(int section, int from, int to)
{
    QTreeWidgetItem *node = m_tree->topLevelItem(section);
    if (!node || from < 0 || from >= node->childCount() || to < 0 || to >= node->childCount())
        return;
    QTreeWidgetItem *child = node->takeChild(from);
    node->insertChild(to, child);
    normalise();
}

void FeatureForm::addSection()
{
    auto *section = new QTreeWidgetItem(m_tree, {tr("New section")});
    section->setData(0, kIdRole, 0);
    section->setData(0, kIsItemRole, false);
    section->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
                      | Qt::ItemIsDropEnabled);
    m_tree->setCurrentItem(section);
    m_tree->editItem(section);
    Q_EMIT changed();
}

void FeatureForm::addItem()
{
    const qint64 id = m_itemId->text().toLongLong();
    if (id <= 0)
        return;
    QTreeWidgetItem *target = m_tree->currentItem();
    if (target && target->data(0, kIsItemRole).toBool())
        target = target->parent();
    if (!target)
        target = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1);
    if (!target) {
        m_error->setText(tr("Add a section first."));
        m_error->setVisible(true);
        return;
    }
    domain::ItemFeature f = feature();
    const int index = m_tree->indexOfTopLevelItem(target);
    if (f.sections[index].itemIds.contains(id)) {
        m_error->setText(tr("Item %1 is already in this section.").arg(id));
        m_error->setVisible(true);
        return;
    }
    f.sections[index].itemIds.append(id);
    rebuild(f);
    m_itemId->clear();
    m_error->setVisible(false);
    Q_EMIT changed();
}

void FeatureForm::removeSelected()
{
    QTreeWidgetItem *node = m_tree->currentItem();
    if (!node)
        return;
    delete node;
    normalise();
}

void FeatureForm::showErrors(const QList<FieldError> &errors)
{
    QStringList messages;
    for (const FieldError &e : errors)
        if (e.field.startsWith(u"feature"_s))
            messages.append(e.message);
    m_error->setText(messages.join(u'\n'));
    m_error->setVisible(!messages.isEmpty());
}

} // namespace pd::ui
