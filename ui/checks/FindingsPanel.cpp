#include "ui/checks/FindingsPanel.h"

#include "app/checksclient/FindingsModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

using checks::FindingsModel;

FindingsPanel::FindingsPanel(FindingsModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_apply(new QPushButton(this))
    , m_applyAction(new QAction(this))
{
    m_view->setModel(&m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(m_applyAction);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(FindingsModel::ExcerptColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::SuggestionColumn, QHeaderView::ResizeToContents);
    for (const int c : {FindingsModel::SeverityColumn, FindingsModel::KindColumn, FindingsModel::FieldColumn})
        m_view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::clicked, this, &FindingsPanel::activate);
    connect(m_view, &QAbstractItemView::activated, this, &FindingsPanel::activate);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == FindingsModel::SuggestionColumn)
            applyCurrent();
    });
    connect(m_apply, &QPushButton::clicked, this, &FindingsPanel::applyCurrent);
    connect(m_applyAction, &QAction::triggered, this, &FindingsPanel::applyCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPanel::updateState);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &FindingsPanel::updateState);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &FindingsPanel::updateState);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::updateState);
    retranslate();
}

std::optional<checks::Finding> FindingsPanel::currentFinding() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || current.row() >= m_model.rowCount())
        return std::nullopt;
    return m_model.finding(current.row());
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindingsPanel::retranslate()
{
    m_apply->setText(tr("Apply suggestion"));
    m_applyAction->setText(tr("Apply suggestion"));
    updateState();
}

void FindingsPanel::updateState()
{
    const int total = m_model.rowCount();
    const int blocking = m_model.blockingCount();
    if (total == 0)
        m_summary->setText(tr("No problems found."));
    else if (blocking == 0)
        m_summary->setText(tr("%n finding(s).", nullptr, total));
    else
        m_summary->setText(tr("%n finding(s), %1 must be fixed before submitting.", nullptr, total).arg(blocking));
    const auto finding = currentFinding();
    const bool canApply = finding && !finding->suggestion.isEmpty();
    m_apply->setEnabled(canApply);
    m_applyAction->setEnabled(canApply);
}

void FindingsPanel::activate(const QModelIndex &index)
{
    if (index.isValid())
        Q_EMIT findingActivated(m_model.finding(index.row()));
}

void FindingsPanel::applyCurrent()
{
    const auto finding = currentFinding();
    if (finding && !finding->suggestion.isEmpty())
        Q_EMIT applySuggestionRequested(*finding);
}

} // namespace pd::ui
