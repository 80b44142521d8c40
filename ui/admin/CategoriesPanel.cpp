#include "ui/admin/CategoriesPanel.h"

#include "app/admin/AdminValidator.h"
#include "ui/admin/MessageLine.h"
#include "ui/admin/SiteChooser.h"
#include "ui/admin/SitePanelLayout.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace pd::ui {

CategoriesPanel::CategoriesPanel(admin::AdminApi &api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_model(this)
{
    setObjectName(u"categoriesPanel"_s);
    m_site = new SiteChooser(u"categoriesSite"_s, this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"categoryTable"_s);
    m_view->setAccessibleName(tr("The site's own topic categories"));
    m_view->setModel(&m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(admin::CategoryListModel::NameSection, QHeaderView::Stretch);

    auto *adding = new QGroupBox(tr("New category"), this);
    m_parent = new QComboBox(adding);
    m_parent->setObjectName(u"categoryParentCombo"_s);
    m_parent->setAccessibleName(tr("Under"));
    m_code = new QLineEdit(adding);
    m_code->setObjectName(u"categoryCodeEdit"_s);
    m_code->setAccessibleName(tr("Code"));
    m_code->setPlaceholderText(tr("e.g. SW01"));
    m_name = new QLineEdit(adding);
    m_name->setObjectName(u"categoryNameEdit"_s);
    m_name->setAccessibleName(tr("Name"));
    auto *add = new QPushButton(tr("&Add category"), adding);
    add->setObjectName(u"addCategoryButton"_s);
    auto *addForm = new QFormLayout(adding);
    addForm->addRow(tr("&Under:"), m_parent);
    addForm->addRow(tr("&Code:"), m_code);
    addForm->addRow(tr("&Name:"), m_name);
    addForm->addRow(add);

    auto *editing = new QGroupBox(tr("Selected category"), this);
    m_rename = new QLineEdit(editing);
    m_rename->setObjectName(u"categoryRenameEdit"_s);
    m_rename->setAccessibleName(tr("New name"));
    auto *rename = new QPushButton(tr("&Rename"), editing);
    rename->setObjectName(u"renameCategoryButton"_s);
    auto *remove = new QPushButton(tr("&Delete"), editing);
    remove->setObjectName(u"deleteCategoryButton"_s);
    auto *editForm = new QFormLayout(editing);
    editForm->addRow(tr("New &name:"), m_rename);
    editForm->addRow(SitePanelLayout::buttonRow({rename, remove}));

    m_message = new MessageLine(u"categoriesMessage"_s, this);
    SitePanelLayout::arrange(this, m_site,
                             tr("The national 22 categories are always offered; these are the site's own, shown after "
                                "them in the disclosure form, the catalogue and the public catalogue."),
                             m_view, {adding, editing}, m_message);

    connect(m_site, &SiteChooser::siteChosen, this, &CategoriesPanel::reload);
    connect(m_parent, &QComboBox::currentIndexChanged, this, &CategoriesPanel::suggestCode);
    connect(add, &QPushButton::clicked, this, &CategoriesPanel::addCategory);
    connect(rename, &QPushButton::clicked, this, &CategoriesPanel::renameSelected);
    connect(remove, &QPushButton::clicked, this, &CategoriesPanel::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        const domain::SiteCategory *c = selected();
        m_rename->setText(c ? c->name : QString());
    });
    refreshParents();
}

CategoriesPanel::~CategoriesPanel() = default;

void CategoriesPanel::setSites(const QList<domain::Site> &sites)
{
    m_site->setSites(sites);
}

qint64 CategoriesPanel::siteId() const
{
    return m_site->currentSiteId();
}

void CategoriesPanel::reload()
{
    const qint64 site = siteId();
    if (site == 0)
        return;
    m_api.categories(site, this, [this, site](Result<QList<domain::SiteCategory>> categories) {
        if (site != siteId())
            return;
        if (!categories) {
            m_message->showMessage(categories.error().message, true);
            return;
        }
        const QString keep = selected() ? selected()->code : QString();
        m_model.setCategories(*categories);
        refreshParents();
        selectCategory(keep);
        Q_EMIT loaded();
    });
}

void CategoriesPanel::refreshParents()
{
    const QString chosen = m_parent->currentData().toString();
    {
        const QSignalBlocker blocker(m_parent);
        m_parent->clear();
        m_parent->addItem(tr("None: a top category"), QString());
        for (const domain::SiteCategory &top : m_model.topCategories())
            m_parent->addItem(u"%1 %2"_s.arg(top.code, top.name), top.code);
        m_parent->setCurrentIndex(std::max(0, m_parent->findData(chosen)));
    }
    suggestCode();
}

void CategoriesPanel::suggestCode()
{
    // Offer the next free code in the site's own series; the administrator may type another.
    const QList<domain::SiteCategory> tops = m_model.topCategories();
    const QString prefix = tops.isEmpty() ? QString() : tops.first().code.chopped(2);
    const QString parent = m_parent->currentData().toString();
    if (parent.isEmpty() && prefix.isEmpty())
        return;
    m_code->setText(m_model.suggestCode(parent, prefix));
}

void CategoriesPanel::selectCategory(const QString &code)
{
    const int row = m_model.rowOf(code);
    m_view->setCurrentIndex(row < 0 ? QModelIndex() : m_model.index(row, 0));
    const domain::SiteCategory *c = selected();
    m_rename->setText(c ? c->name : QString());
}

const domain::SiteCategory *CategoriesPanel::selected() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model.categoryAt(current.row()) : nullptr;
}

void CategoriesPanel::refuse(const pd::Error &error)
{
    QString text = error.message;
    for (const FieldError &f : error.fields)
        if (!text.contains(f.message))
            text += tr(" — %1").arg(f.message);
    m_message->showMessage(text, true);
    if (error.code == ErrorCode::PreconditionFailed)
        reload(); // someone else changed it: show their version
}

void CategoriesPanel::addCategory()
{
    domain::SiteCategory category;
    category.siteId = siteId();
    category.parentCode = m_parent->currentData().toString();
    category.code = m_code->text().trimmed();
    category.name = m_name->text().trimmed();
    if (const QList<FieldError> errors = admin::AdminValidator::validate(category); !errors.isEmpty()) {
        m_message->showMessage(errors.first().message, true);
        return;
    }
    m_api.createCategory(category, this, [this](Result<domain::SiteCategory> created) {
        if (!created)
            return refuse(created.error());
        m_name->clear();
        m_model.updateCategory(*created);
        refreshParents();
        selectCategory(created->code);
        m_message->showMessage(tr("Category %1 %2 added.").arg(created->code, created->name), false);
    });
}

void CategoriesPanel::renameSelected()
{
    const domain::SiteCategory *current = selected();
    if (!current) {
        m_message->showMessage(tr("Select a category first."), true);
        return;
    }
    domain::SiteCategory renamed = *current;
    renamed.name = m_rename->text().trimmed();
    if (const QList<FieldError> errors = admin::AdminValidator::validate(renamed); !errors.isEmpty()) {
        m_message->showMessage(errors.first().message, true);
        return;
    }
    m_api.renameCategory(renamed, this, [this](Result<domain::SiteCategory> saved) {
        if (!saved)
            return refuse(saved.error());
        m_model.updateCategory(*saved);
        refreshParents();
        selectCategory(saved->code);
        m_message->showMessage(tr("Category %1 renamed to %2.").arg(saved->code, saved->name), false);
    });
}

void CategoriesPanel::deleteSelected()
{
    const domain::SiteCategory *current = selected();
    if (!current) {
        m_message->showMessage(tr("Select a category first."), true);
        return;
    }
    const QString code = current->code;
    const QString name = current->name;
    m_api.deleteCategory(code, this, [this, code, name](Result<void> done) {
        if (!done)
            return refuse(done.error());
        m_model.removeCategory(code);
        refreshParents();
        m_message->showMessage(tr("Category %1 %2 deleted.").arg(code, name), false);
    });
}

QString CategoriesPanel::messageText() const
{
    return m_message->shownText();
}

} // namespace pd::ui
