#include "ui/sweeps/SweepDialog.h"

#include "app/models/SweepDesk.h"
#include "app/models/SweepFindingsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using pd::domain::SiteSweep;
using pd::domain::SweepFinding;
using pd::models::SweepDesk;
using pd::models::SweepFindingsModel;

namespace pd::ui {

SweepDialog::SweepDialog(SweepDesk &desk, bool canSweep, QWidget *parent)
    : QDialog(parent), m_desk(desk), m_canSweep(canSweep)
{
    setObjectName(u"sweepDialog"_s);
    setWindowTitle(tr("Whole-site sweep"));
    resize(900, 560);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sweep:"), this));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"sweepKind"_s);
    m_kind->addItem(tr("Content (every published item against the current check rules)"), int(SiteSweep::Kind::Content));
    m_kind->addItem(tr("Links (every link, image and attachment of the public pages)"), int(SiteSweep::Kind::Links));
    top->addWidget(m_kind, 1);
    m_start = new QPushButton(tr("Start sweep"), this);
    m_start->setObjectName(u"startSweep"_s);
    m_cancel = new QPushButton(tr("Cancel sweep"), this);
    m_cancel->setObjectName(u"cancelSweep"_s);
    top->addWidget(m_start);
    top->addWidget(m_cancel);
    layout->addLayout(top);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"sweepProgress"_s);
    m_progress->setRange(0, 100);
    layout->addWidget(m_progress);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(u"sweepProgressText"_s);
    layout->addWidget(m_progressText);
    m_linkSummary = new QLabel(this);
    m_linkSummary->setObjectName(u"sweepLinkSummary"_s);
    m_linkSummary->setWordWrap(true);
    layout->addWidget(m_linkSummary);

    m_view = new QTableView(this);
    m_view->setObjectName(u"sweepFindings"_s);
    m_view->setModel(&m_desk.findings());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(SweepFindingsModel::WhereColumn, 280);
    m_view->horizontalHeader()->resizeSection(SweepFindingsModel::FieldColumn, 90);
    m_view->horizontalHeader()->resizeSection(SweepFindingsModel::ProblemColumn, 320);
    layout->addWidget(m_view, 1);

    auto *actions = new QHBoxLayout;
    m_open = new QPushButton(tr("Open in editor"), this);
    m_open->setObjectName(u"openFinding"_s);
    m_fixed = new QPushButton(tr("Mark fixed"), this);
    m_fixed->setObjectName(u"markFixed"_s);
    m_fixed->setToolTip(tr("The portal checks the published item again before it believes the fix."));
    m_ignore = new QPushButton(tr("Ignore…"), this);
    m_ignore->setObjectName(u"ignoreFinding"_s);
    m_ignore->setToolTip(tr("Ignoring needs a reason; reviewers and the audit log show it."));
    actions->addWidget(m_open);
    actions->addStretch(1);
    actions->addWidget(m_fixed);
    actions->addWidget(m_ignore);
    layout->addLayout(actions);
    m_message = new QLabel(this);
    m_message->setObjectName(u"sweepMessage"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_desk.setKind(SiteSweep::Kind(m_kind->currentData().toInt()));
    });
    connect(m_start, &QPushButton::clicked, this, [this] {
        showMessage({}, false);
        m_desk.start();
    });
    connect(m_cancel, &QPushButton::clicked, &m_desk, &SweepDesk::cancel);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const SweepFinding *f = selected(); f && f->itemId > 0)
            Q_EMIT openFindingRequested(*f);
    });
    connect(m_view, &QTableView::doubleClicked, m_open, &QPushButton::click);
    connect(m_fixed, &QPushButton::clicked, this, [this] {
        if (const SweepFinding *f = selected())
            m_desk.resolve(f->id, SweepFinding::State::Fixed, {});
    });
    connect(m_ignore, &QPushButton::clicked, this, &SweepDialog::askIgnoreReason);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SweepDialog::updateButtons);
    connect(&m_desk.findings(), &QAbstractItemModel::modelReset, this, &SweepDialog::updateButtons);
    connect(&m_desk.findings(), &QAbstractItemModel::dataChanged, this, &SweepDialog::updateButtons);
    connect(&m_desk, &SweepDesk::changed, this, &SweepDialog::render);
    connect(&m_desk, &SweepDesk::failed, this, [this](const pd::Error &e) { showMessage(e.message, true); });
    connect(&m_desk, &SweepDesk::resolved, this, [this](const SweepFinding &f) {
        showMessage(f.state == SweepFinding::State::Fixed ? tr("Confirmed fixed.") : tr("Ignored; the reason is on record."),
                    false);
    });
    render();
}

const SweepFinding *SweepDialog::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_desk.findings().at(rows.first().row());
}

void SweepDialog::render()
{
    const auto &sweep = m_desk.current();
    m_progress->setValue(sweep ? sweep->percent() : 0);
    m_progressText->setText(sweep ? SweepDesk::progressText(*sweep) : tr("No sweep of this kind yet."));
    const QString links = sweep ? SweepDesk::linkSummary(*sweep) : QString();
    m_linkSummary->setText(links);
    m_linkSummary->setVisible(!links.isEmpty());
    if (sweep && sweep->kind == SiteSweep::Kind::Links && !sweep->running())
        m_linkSummary->setStyleSheet(sweep->withinLimit ? QString() : u"color: #b91c1c;"_s);
    updateButtons();
}

void SweepDialog::updateButtons()
{
    const auto &sweep = m_desk.current();
    const bool running = sweep && sweep->running();
    m_start->setEnabled(m_canSweep && !running && m_desk.siteId() > 0);
    m_cancel->setEnabled(m_canSweep && running);
    const SweepFinding *f = selected();
    m_open->setEnabled(f && f->itemId > 0);
    const bool open = f && f->state == SweepFinding::State::Open;
    m_fixed->setEnabled(m_canSweep && open);
    m_ignore->setEnabled(m_canSweep && open);
}

void SweepDialog::askIgnoreReason()
{
    const SweepFinding *f = selected();
    if (!f)
        return;
    const qint64 id = f->id;
    auto *ask = new QInputDialog(this);
    ask->setObjectName(u"ignoreReason"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Ignore finding"));
    ask->setLabelText(tr("Why is this not a problem? Reviewers and the audit log show the reason."));
    connect(ask, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) {
        showMessage({}, false);
        m_desk.resolve(id, SweepFinding::State::Ignored, reason);
    });
    ask->open();
}

void SweepDialog::ignoreSelected(const QString &reason)
{
    if (const SweepFinding *f = selected())
        m_desk.resolve(f->id, SweepFinding::State::Ignored, reason);
}

void SweepDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #b91c1c;"_s : QString());
}

} // namespace pd::ui
