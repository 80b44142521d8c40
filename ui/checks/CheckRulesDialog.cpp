#include "ui/checks/CheckRulesDialog.h"

#include "app/checksclient/FindingsModel.h"
#include "app/checksclient/RuleAdmin.h"
#include "app/checksclient/RuleListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

using checks::FindingsModel;
using checks::RuleKind;
using checks::RuleListModel;
using checks::Severity;

CheckRulesDialog::CheckRulesDialog(checks::RuleAdmin &admin, QWidget *parent)
    : QDialog(parent)
    , m_admin(admin)
    , m_rules(new RuleListModel(this))
    , m_testFindings(new FindingsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_toggle(new QPushButton(tr("Disable"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_pattern(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_suggestion(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_sample(new QPlainTextEdit(this))
    , m_test(new QPushButton(tr("Test"), this))
    , m_add(new QPushButton(tr("Add as new rule"), this))
    , m_save(new QPushButton(tr("Save to selected rule"), this))
    , m_testView(new QTreeView(this))
    , m_testSummary(new QLabel(this))
    , m_allow(new QPlainTextEdit(this))
    , m_saveAllow(new QPushButton(tr("Save allow-list"), this))
    , m_status(new QLabel(this))
{
    setUpWidgets();
    connectSignals(layOut());
    if (m_admin.isLoaded())
        rulesChanged();
    updateButtons();
}

CheckRulesDialog::~CheckRulesDialog() = default;

void CheckRulesDialog::setUpWidgets()
{
    setWindowTitle(tr("Check rules"));
    setObjectName(u"checkRulesDialog"_s);
    m_filter->setObjectName(u"filter"_s);
    m_pattern->setObjectName(u"pattern"_s);
    m_kind->setObjectName(u"kind"_s);
    m_severity->setObjectName(u"severity"_s);
    m_suggestion->setObjectName(u"suggestion"_s);
    m_note->setObjectName(u"note"_s);
    m_sample->setObjectName(u"sample"_s);
    m_test->setObjectName(u"test"_s);
    m_add->setObjectName(u"add"_s);
    m_save->setObjectName(u"save"_s);
    m_toggle->setObjectName(u"toggle"_s);
    m_delete->setObjectName(u"delete"_s);
    m_allow->setObjectName(u"allow"_s);
    m_saveAllow->setObjectName(u"saveAllow"_s);
    m_status->setObjectName(u"status"_s);
    m_table->setObjectName(u"rules"_s);

    m_proxy->setSourceModel(m_rules);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_filter->setPlaceholderText(tr("Filter by pattern, kind, suggestion or note"));
    m_filter->setClearButtonEnabled(true);

    for (const RuleKind kind : {RuleKind::Typo, RuleKind::Wording, RuleKind::Sensitive, RuleKind::Leader})
        m_kind->addItem(FindingsModel::kindLabel(kind), int(kind));
    for (const Severity severity : {Severity::Warn, Severity::Block})
        m_severity->addItem(FindingsModel::severityLabel(severity), int(severity));
    m_sample->setPlaceholderText(tr("Sample text to test the rule against"));
    m_allow->setPlaceholderText(tr("One phrase per line: findings inside these phrases are not reported"));
    m_testView->setModel(m_testFindings);
    m_testView->setRootIsDecorated(false);
    m_testView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_testView->header()->setStretchLastSection(true);
    m_status->setWordWrap(true);
}

QDialogButtonBox *CheckRulesDialog::layOut()
{
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_filter, 1);
    listButtons->addWidget(m_toggle);
    listButtons->addWidget(m_delete);
    auto *listBox = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_table, 1);

    auto *formBox = new QGroupBox(tr("Rule"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Pattern:"), m_pattern);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Suggestion:"), m_suggestion);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Sample text:"), m_sample);
    auto *formButtons = new QHBoxLayout;
    formButtons->addWidget(m_test);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    formButtons->addWidget(m_add);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(form);
    formLayout->addLayout(formButtons);
    formLayout->addWidget(m_testSummary);
    formLayout->addWidget(m_testView, 1);

    auto *allowBox = new QGroupBox(tr("Allow-list"), this);
    auto *allowLayout = new QVBoxLayout(allowBox);
    allowLayout->addWidget(m_allow, 1);
    allowLayout->addWidget(m_saveAllow, 0, Qt::AlignRight);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(formBox, 3);
    rightLayout->addWidget(allowBox, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listBox);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1200, 720);
    return buttons;
}

void CheckRulesDialog::connectSignals(QDialogButtonBox *buttons)
{
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CheckRulesDialog::selectionChanged);
    connect(m_test, &QPushButton::clicked, this, &CheckRulesDialog::testRule);
    connect(m_add, &QPushButton::clicked, this, &CheckRulesDialog::addRule);
    connect(m_save, &QPushButton::clicked, this, &CheckRulesDialog::saveRule);
    connect(m_toggle, &QPushButton::clicked, this, &CheckRulesDialog::toggleEnabled);
    connect(m_delete, &QPushButton::clicked, this, &CheckRulesDialog::deleteRule);
    connect(m_saveAllow, &QPushButton::clicked, this, &CheckRulesDialog::saveAllowList);
    connect(m_pattern, &QLineEdit::textChanged, this, &CheckRulesDialog::updateButtons);
    connect(&m_admin, &checks::RuleAdmin::rulesChanged, this, &CheckRulesDialog::rulesChanged);
    connect(&m_admin, &checks::RuleAdmin::busyChanged, this, &CheckRulesDialog::updateButtons);
    connect(&m_admin, &checks::RuleAdmin::changed, this, [this](const QString &ruleId) {
        m_selectAfterReload = ruleId;
        m_status->setText(tr("Saved. The new rules apply to every check from now on."));
    });
    connect(&m_admin, &checks::RuleAdmin::failed, this,
            [this](const pd::Error &error) { m_status->setText(tr("Not saved: %1").arg(error.message)); });
}

void CheckRulesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_admin.reload();
}

checks::Rule CheckRulesDialog::formRule() const
{
    checks::Rule rule;
    rule.pattern = m_pattern->text().trimmed();
    rule.kind = RuleKind(m_kind->currentData().toInt());
    rule.severity = Severity(m_severity->currentData().toInt());
    rule.suggestion = m_suggestion->text().trimmed();
    rule.note = m_note->text().trimmed();
    const int row = selectedRow();
    if (row >= 0 && m_rules->rule(row).pattern == rule.pattern)
        rule.titles = m_rules->rule(row).titles; // the form has no titles field; keep a leader rule's titles
    return rule;
}

int CheckRulesDialog::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void CheckRulesDialog::rulesChanged()
{
    const QString keep = !m_selectAfterReload.isEmpty()
        ? m_selectAfterReload
        : (selectedRow() >= 0 ? m_rules->rule(selectedRow()).id : QString());
    m_selectAfterReload.clear();
    m_rules->setRules(m_admin.rules().rules);
    m_allow->setPlainText(m_admin.rules().allow.join(u'\n'));
    if (const int row = m_rules->rowOf(keep); row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_rules->index(row, 0));
        m_table->selectRow(index.row());
        m_table->scrollTo(index);
    }
    const int disabled = int(std::ranges::count(m_admin.rules().rules, false, &checks::Rule::enabled));
    setWindowTitle(tr("Check rules — version %1, %n rule(s), %2 disabled", nullptr, int(m_admin.rules().rules.size()))
                       .arg(m_admin.rules().version)
                       .arg(disabled));
    updateButtons();
}

void CheckRulesDialog::selectionChanged()
{
    const int row = selectedRow();
    if (row >= 0) {
        const checks::Rule &r = m_rules->rule(row);
        m_pattern->setText(r.pattern);
        m_kind->setCurrentIndex(m_kind->findData(int(r.kind)));
        m_severity->setCurrentIndex(m_severity->findData(int(r.severity)));
        m_suggestion->setText(r.suggestion);
        m_note->setText(r.note);
    }
    updateButtons();
}

void CheckRulesDialog::testRule()
{
    const QList<checks::Finding> findings = checks::RuleAdmin::test(formRule(), m_sample->toPlainText(),
                                                                    m_admin.rules().allow);
    m_testFindings->setFindings(findings);
    m_testSummary->setText(findings.isEmpty() ? tr("The rule finds nothing in the sample.")
                                              : tr("The rule finds %n place(s) in the sample.", nullptr,
                                                   int(findings.size())));
}

void CheckRulesDialog::addRule()
{
    m_status->setText(tr("Saving…"));
    m_admin.addRule(formRule());
}

void CheckRulesDialog::saveRule()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    checks::Rule rule = formRule();
    rule.id = m_rules->rule(row).id;
    rule.enabled = m_rules->rule(row).enabled;
    if (rule.pattern != m_rules->rule(row).pattern)
        rule.titles = m_rules->rule(row).titles;
    m_status->setText(tr("Saving…"));
    m_admin.updateRule(rule);
}

void CheckRulesDialog::toggleEnabled()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_status->setText(tr("Saving…"));
    m_admin.setEnabled(m_rules->rule(row).id, !m_rules->rule(row).enabled);
}

void CheckRulesDialog::deleteRule()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_status->setText(tr("Saving…"));
    m_admin.removeRule(m_rules->rule(row).id);
}

void CheckRulesDialog::saveAllowList()
{
    QStringList allow;
    for (const QString &line : m_allow->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            allow.append(line.trimmed());
    }
    m_status->setText(tr("Saving…"));
    m_admin.setAllowList(allow);
}

void CheckRulesDialog::updateButtons()
{
    const bool idle = !m_admin.isBusy() && m_admin.isLoaded();
    const int row = selectedRow();
    const bool hasPattern = !m_pattern->text().trimmed().isEmpty();
    m_test->setEnabled(hasPattern);
    m_add->setEnabled(idle && hasPattern);
    m_save->setEnabled(idle && hasPattern && row >= 0);
    m_toggle->setEnabled(idle && row >= 0);
    m_delete->setEnabled(idle && row >= 0);
    m_saveAllow->setEnabled(idle);
    m_toggle->setText(row >= 0 && !m_rules->rule(row).enabled ? tr("Enable") : tr("Disable"));
}

} // namespace pd::ui
