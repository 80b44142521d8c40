#include "ui/admin/ColumnsPanel.h"

#include "app/admin/AdminValidator.h"
#include "app/models/ColumnTreeModel.h"
#include "ui/admin/MessageLine.h"
#include "ui/admin/SiteChooser.h"
#include "ui/admin/SitePanelLayout.h"
#include "ui/widgets/FieldErrorRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

constexpr std::array kKinds{domain::ColumnKind::News,    domain::ColumnKind::Notice,     domain::ColumnKind::Policy,
                            domain::ColumnKind::Feature, domain::ColumnKind::Disclosure, domain::ColumnKind::Live};

void fillKinds(QComboBox *combo)
{
    for (const domain::ColumnKind kind : kKinds)
        combo->addItem(models::ColumnTreeModel::kindDisplayName(kind), domain::columnKindCode(kind));
}

} // namespace

ColumnsPanel::ColumnsPanel(admin::AdminApi &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(this)
{
    setObjectName(u"columnsPanel"_s);
    m_site = new SiteChooser(u"columnsSite"_s, this);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"columnTree"_s);
    m_view->setAccessibleName(tr("Column tree"));
    m_view->setModel(&m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A drop asks the server; the model changes only with its answer, so the view never removes the dragged row.
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->header()->setSectionResizeMode(admin::ColumnArrangementModel::NameSection, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);

    auto *form = new QGroupBox(tr("Selected column"), this);
    m_rows = std::make_unique<FieldErrorRows>(form);
    m_name = new QLineEdit(form);
    m_name->setObjectName(u"columnNameEdit"_s);
    m_name->setAccessibleName(tr("Column name"));
    m_kind = new QComboBox(form);
    m_kind->setObjectName(u"columnKindCombo"_s);
    m_kind->setAccessibleName(tr("Kind"));
    fillKinds(m_kind);
    m_updateDays = new QSpinBox(form);
    m_updateDays->setObjectName(u"updateDaysSpin"_s);
    m_updateDays->setAccessibleName(tr("Update at least every"));
    m_updateDays->setRange(0, admin::AdminValidator::MaxUpdateDays);
    m_updateDays->setSpecialValueText(tr("no rule"));
    m_updateDays->setSuffix(tr(" days"));
    m_inCatalogue = new QCheckBox(tr("Part of the disclosure catalogue"), form);
    m_inCatalogue->setObjectName(u"inCatalogueCheck"_s);
    m_enabled = new QCheckBox(tr("In use"), form);
    m_enabled->setObjectName(u"columnEnabledCheck"_s);
    m_save = new QPushButton(tr("&Save column"), form);
    m_save->setObjectName(u"saveColumnButton"_s);
    m_delete = new QPushButton(tr("&Delete column"), form);
    m_delete->setObjectName(u"deleteColumnButton"_s);
    m_rows->addRow(tr("&Name:"), m_name, u"name"_s);
    m_rows->addRow(tr("&Kind:"), m_kind, u"kind"_s);
    m_rows->addRow(tr("&Update at least every:"), m_updateDays, u"updateDays"_s);
    m_rows->addRow(QString(), m_inCatalogue, u"inCatalogue"_s);
    m_rows->addRow(QString(), m_enabled, u"enabled"_s);
    m_rows->form()->addRow(SitePanelLayout::buttonRow({m_save, m_delete}));

    auto *adding = new QGroupBox(tr("New column"), this);
    m_newName = new QLineEdit(adding);
    m_newName->setObjectName(u"newColumnName"_s);
    m_newName->setAccessibleName(tr("New column name"));
    m_newName->setPlaceholderText(tr("Name of the new column"));
    m_newKind = new QComboBox(adding);
    m_newKind->setObjectName(u"newColumnKind"_s);
    m_newKind->setAccessibleName(tr("Kind of the new column"));
    fillKinds(m_newKind);
    auto *addTop = new QPushButton(tr("Add at &top level"), adding);
    addTop->setObjectName(u"addTopColumnButton"_s);
    auto *addUnder = new QPushButton(tr("Add &under selected"), adding);
    addUnder->setObjectName(u"addSubColumnButton"_s);
    auto *addLayout = new QVBoxLayout(adding);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_newKind);
    addLayout->addLayout(addRow);
    addLayout->addLayout(SitePanelLayout::buttonRow({addTop, addUnder}));

    m_message = new MessageLine(u"columnsMessage"_s, this);
    SitePanelLayout::arrange(this, m_site,
                             tr("Drag a column onto another to put it under that one, or between two to reorder."),
                             m_view, {form, adding}, m_message);

    connect(m_site, &SiteChooser::siteChosen, this, &ColumnsPanel::reload);
    connect(&m_model, &admin::ColumnArrangementModel::moveRequested, this, &ColumnsPanel::move);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ColumnsPanel::fillForm);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &ColumnsPanel::fillForm);
    connect(m_save, &QPushButton::clicked, this, &ColumnsPanel::saveSelected);
    connect(m_delete, &QPushButton::clicked, this, &ColumnsPanel::deleteSelected);
    connect(addTop, &QPushButton::clicked, this, [this] { addColumn(false); });
    connect(addUnder, &QPushButton::clicked, this, [this] { addColumn(true); });
    fillForm();
}

ColumnsPanel::~ColumnsPanel() = default;

void ColumnsPanel::setSites(const QList<domain::Site> &sites)
{
    m_site->setSites(sites);
}

qint64 ColumnsPanel::siteId() const
{
    return m_site->currentSiteId();
}

void ColumnsPanel::reload()
{
    const qint64 site = siteId();
    if (site == 0)
        return;
    m_api.columns(site, this, [this, site](Result<QList<domain::Column>> columns) {
        if (site != siteId())
            return; // another site was chosen meanwhile
        if (!columns) {
            m_message->showMessage(columns.error().message, true);
            return;
        }
        const qint64 keep = m_pendingSelection ? m_pendingSelection : selectedId();
        m_pendingSelection = 0;
        m_model.setColumns(*columns);
        m_view->expandAll();
        selectColumn(keep);
        Q_EMIT loaded();
    });
}

void ColumnsPanel::selectColumn(qint64 id)
{
    const QModelIndex index = m_model.indexOf(id);
    m_view->setCurrentIndex(index);
    if (index.isValid())
        m_view->scrollTo(index);
    fillForm();
}

qint64 ColumnsPanel::selectedId() const
{
    return m_view->currentIndex().data(admin::ColumnArrangementModel::ColumnIdRole).toLongLong();
}

void ColumnsPanel::fillForm()
{
    const domain::Column *column = m_model.column(selectedId());
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_kind, m_updateDays, m_inCatalogue, m_enabled, m_save, m_delete})
        w->setEnabled(column != nullptr);
    m_rows->show({});
    if (!column) {
        m_name->clear();
        return;
    }
    m_name->setText(column->name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(domain::columnKindCode(column->kind))));
    m_updateDays->setValue(column->updateDays);
    m_inCatalogue->setChecked(column->inCatalogue);
    m_enabled->setChecked(column->enabled);
}

void ColumnsPanel::refuse(const pd::Error &error)
{
    if (error.code == ErrorCode::PreconditionFailed) {
        // Another administrator changed the column (or moved it among its siblings) meanwhile: show their tree.
        m_message->showMessage(tr("%1 The tree now shows the current columns; make your change again if it is "
                                  "still needed.").arg(error.message),
                               true);
        reload();
        return;
    }
    m_message->showMessage(error.message, true);
    const qint64 keep = selectedId();
    m_model.setColumns(m_model.columns()); // the tree and the form as the server still has them
    m_view->expandAll();
    selectColumn(keep);
    QHash<QString, QStringList> messages;
    for (const FieldError &f : error.fields)
        if (m_rows->has(f.field))
            messages[f.field].append(f.message);
    m_rows->show(messages);
}

void ColumnsPanel::afterChange(qint64 selectId, const QString &message)
{
    m_message->showMessage(message, false);
    m_pendingSelection = selectId;
    reload();
}

void ColumnsPanel::move(qint64 columnId, qint64 parentId, int position)
{
    const domain::Column *column = m_model.column(columnId);
    if (!column)
        return;
    const QString name = column->name;
    m_api.updateColumn(*column, admin::ColumnArrangementModel::moveFields(parentId, position), this,
                       [this, columnId, name](Result<domain::Column> moved) {
        if (!moved)
            return refuse(moved.error());
        afterChange(columnId, tr("Column %1 moved.").arg(name));
    });
}

void ColumnsPanel::addColumn(bool underSelected)
{
    domain::Column column;
    column.siteId = siteId();
    column.name = m_newName->text().trimmed();
    column.kind = domain::columnKindFromCode(m_newKind->currentData().toString()).value_or(domain::ColumnKind::News);
    column.updateDays = 0;
    if (underSelected) {
        column.parentId = selectedId();
        if (column.parentId == 0) {
            m_message->showMessage(tr("Select the column the new one goes under."), true);
            return;
        }
    }
    if (const QList<FieldError> errors = admin::AdminValidator::validate(column); !errors.isEmpty()) {
        m_message->showMessage(errors.first().message, true);
        return;
    }
    m_api.createColumn(column, this, [this](Result<domain::Column> created) {
        if (!created)
            return refuse(created.error());
        m_newName->clear();
        afterChange(created->id, tr("Column %1 added.").arg(created->name));
    });
}

void ColumnsPanel::saveSelected()
{
    const domain::Column *current = m_model.column(selectedId());
    if (!current) {
        m_message->showMessage(tr("Select a column first."), true);
        return;
    }
    domain::Column form = *current;
    form.name = m_name->text().trimmed();
    form.kind = domain::columnKindFromCode(m_kind->currentData().toString()).value_or(current->kind);
    form.updateDays = m_updateDays->value();
    form.inCatalogue = m_inCatalogue->isChecked();
    form.enabled = m_enabled->isChecked();
    if (const QList<FieldError> errors = admin::AdminValidator::validate(form); !errors.isEmpty()) {
        QHash<QString, QStringList> messages;
        for (const FieldError &f : errors)
            messages[f.field].append(f.message);
        m_rows->show(messages);
        m_message->showMessage(tr("Some fields are not filled in correctly."), true);
        return;
    }
    const QJsonObject fields{{u"name"_s, form.name},
                             {u"kind"_s, domain::columnKindCode(form.kind)},
                             {u"updateDays"_s, form.updateDays},
                             {u"inCatalogue"_s, form.inCatalogue},
                             {u"enabled"_s, form.enabled}};
    m_api.updateColumn(*current, fields, this, [this](Result<domain::Column> saved) {
        if (!saved)
            return refuse(saved.error());
        afterChange(saved->id, tr("Column %1 saved.").arg(saved->name));
    });
}

void ColumnsPanel::deleteSelected()
{
    const domain::Column *current = m_model.column(selectedId());
    if (!current) {
        m_message->showMessage(tr("Select a column first."), true);
        return;
    }
    const QString name = current->name;
    const qint64 parent = current->parentId;
    m_api.deleteColumn(*current, this, [this, name, parent](Result<void> done) {
        if (!done)
            return refuse(done.error());
        afterChange(parent, tr("Column %1 deleted.").arg(name));
    });
}

QString ColumnsPanel::messageText() const
{
    return m_message->shownText();
}

bool ColumnsPanel::messageIsError() const
{
    return m_message->isError() && !m_message->isHidden();
}

} // namespace pd::ui
