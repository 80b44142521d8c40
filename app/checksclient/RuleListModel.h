#pragma once
#include "app/checks/RuleSet.h"

#include <QAbstractTableModel>

namespace pd::checks {

/// A site's rules as a table for the admin's rule editor: on/off, pattern, kind, severity, suggestion, note.
class RuleListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleListModel)

public:
    enum Column { EnabledColumn, PatternColumn, KindColumn, SeverityColumn, SuggestionColumn, NoteColumn, ColumnCount };
    enum Role { RuleIdRole = Qt::UserRole + 1 };

    explicit RuleListModel(QObject *parent = nullptr);

    void setRules(const QList<Rule> &rules);
    [[nodiscard]] const QList<Rule> &rules() const { return m_rules; }
    [[nodiscard]] const Rule &rule(int row) const { return m_rules.at(row); }
    /// The row of the rule with `id`, or -1.
    [[nodiscard]] int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Rule> m_rules;
};

} // namespace pd::checks
