#include "ui/conflict/ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
constexpr int kChoiceColumn = 3;
}

ConflictDialog::ConflictDialog(const domain::Item &mine, const domain::Item &theirs, QWidget *parent)
    : QDialog(parent)
    , m_merge(mine, theirs)
    , m_rows(m_merge.differingFields())
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Someone else saved this item"));
    resize(960, 620);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Someone saved revision %1 of “%2” while you were editing. For each field below, keep your version or "
           "take theirs; the merged result is saved on top of their revision.")
            .arg(theirs.revision)
            .arg(theirs.title),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    buildTable();

    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(u"mergedResult"_s);
    m_result->setAccessibleName(tr("Merged result"));
    m_result->setReadOnly(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    auto *resultBox = new QWidget(split);
    auto *rl = new QVBoxLayout(resultBox);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(new QLabel(tr("Merged result:"), resultBox));
    rl->addWidget(m_result);
    split->addWidget(resultBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    layout->addWidget(buildButtons());
    updateResult();
}

void ConflictDialog::buildTable()
{
    // One row a differing field, each with its own choice of side.
    m_table = new QTableWidget(int(m_rows.size()), 4, this);
    m_table->setObjectName(u"conflictTable"_s);
    m_table->setAccessibleName(tr("Fields that differ"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Mine"), tr("Theirs"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kChoiceColumn, QHeaderView::ResizeToContents);
    for (int row = 0; row < m_rows.size(); ++row) {
        const editing::ConflictField &f = m_rows.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(f.label));
        auto *mineItem = new QTableWidgetItem(f.mine.left(2000));
        mineItem->setToolTip(f.mine.left(2000));
        m_table->setItem(row, 1, mineItem);
        auto *theirsItem = new QTableWidgetItem(f.theirs.left(2000));
        theirsItem->setToolTip(f.theirs.left(2000));
        m_table->setItem(row, 2, theirsItem);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(u"choice_"_s + f.key);
        combo->setAccessibleName(tr("Version of %1 to keep").arg(f.label));
        combo->addItem(tr("Mine"), int(editing::ConflictMerge::Side::Mine));
        combo->addItem(tr("Theirs"), int(editing::ConflictMerge::Side::Theirs));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, key = f.key, combo] {
            m_merge.choose(key, editing::ConflictMerge::Side(combo->currentData().toInt()));
            updateResult();
        });
        m_table->setCellWidget(row, kChoiceColumn, combo);
    }
    m_table->resizeRowsToContents();
}

QDialogButtonBox *ConflictDialog::buildButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *allMine = buttons->addButton(tr("Keep all &mine"), QDialogButtonBox::ActionRole);
    allMine->setObjectName(u"allMineButton"_s);
    QPushButton *allTheirs = buttons->addButton(tr("Take all &theirs"), QDialogButtonBox::ActionRole);
    allTheirs->setObjectName(u"allTheirsButton"_s);
    QPushButton *save = buttons->addButton(tr("&Save merged version"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"saveMergedButton"_s);
    save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(allMine, &QPushButton::clicked, this, [this] { chooseAll(editing::ConflictMerge::Side::Mine); });
    connect(allTheirs, &QPushButton::clicked, this, [this] { chooseAll(editing::ConflictMerge::Side::Theirs); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void ConflictDialog::choose(const QString &key, editing::ConflictMerge::Side side)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key != key)
            continue;
        auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, kChoiceColumn));
        combo->setCurrentIndex(combo->findData(int(side)));
    }
    m_merge.choose(key, side);
    updateResult();
}

void ConflictDialog::chooseAll(editing::ConflictMerge::Side side)
{
    for (const editing::ConflictField &f : std::as_const(m_rows))
        choose(f.key, side);
}

void ConflictDialog::updateResult()
{
    const domain::Item merged = m_merge.merged();
    const editing::ConflictMerge check(merged, merged);
    QStringList lines;
    for (const editing::ConflictField &row : std::as_const(m_rows)) {
        for (const editing::ConflictField &f : check.fields()) {
            if (f.key != row.key)
                continue;
            const bool mine = m_merge.choice(row.key) == editing::ConflictMerge::Side::Mine;
            lines.append(tr("%1 (%2): %3").arg(f.label, mine ? tr("mine") : tr("theirs"), f.mine.left(500)));
        }
    }
    m_result->setPlainText(lines.join(u"\n\n"_s));
}

} // namespace pd::ui
