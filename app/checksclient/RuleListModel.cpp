#include "app/checksclient/RuleListModel.h"

#include "app/checksclient/FindingsModel.h"

namespace pd::checks {

RuleListModel::RuleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RuleListModel::setRules(const QList<Rule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

int RuleListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rules.size(); ++row) {
        if (m_rules.at(row).id == id)
            return row;
    }
    return -1;
}

int RuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rule &r = m_rules.at(index.row());
    if (role == RuleIdRole)
        return r.id;
    if (role == Qt::CheckStateRole && index.column() == EnabledColumn)
        return r.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return r.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EnabledColumn:
        return r.enabled ? tr("On") : tr("Off");
    case PatternColumn:
        return r.titles.isEmpty() ? r.pattern : tr("%1 (titles: %2)").arg(r.pattern, r.titles.join(u'、'));
    case KindColumn:
        return FindingsModel::kindLabel(r.kind);
    case SeverityColumn:
        return FindingsModel::severityLabel(r.severity);
    case SuggestionColumn:
        return r.suggestion;
    case NoteColumn:
        return r.note;
    }
    return {};
}

QVariant RuleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EnabledColumn:
        return tr("Enabled");
    case PatternColumn:
        return tr("Pattern");
    case KindColumn:
        return tr("Kind");
    case SeverityColumn:
        return tr("Severity");
    case SuggestionColumn:
        return tr("Suggestion");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace pd::checks
