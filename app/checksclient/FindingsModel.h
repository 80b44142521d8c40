#pragma once
#include "app/checks/Finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::checks {

/// The findings of a CheckRunner as a table (severity, kind, where, excerpt, suggestion) for the findings panel;
/// the explanation is the tooltip. Custom roles give a view what it needs to act on a finding.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column { SeverityColumn, KindColumn, FieldColumn, ExcerptColumn, SuggestionColumn, ColumnCount };
    enum Role {
        FieldRole = Qt::UserRole + 1, ///< QString: the field's JSON name ("bodyHtml", "title", …)
        StartRole,                    ///< qlonglong: offset in the checked text of the field
        LengthRole,                   ///< qlonglong
        SuggestionRole,               ///< QString: replacement, empty when there is none
        RuleIdRole,                   ///< QString
        BlockingRole,                 ///< bool: severity block
    };

    explicit FindingsModel(QObject *parent = nullptr);

    /// Replaces the list; rows whose finding did not change keep their place (no reset while typing, so the
    /// view keeps its selection when nothing moved).
    void setFindings(const QList<Finding> &findings);
    [[nodiscard]] const QList<Finding> &findings() const { return m_findings; }
    [[nodiscard]] const Finding &finding(int row) const { return m_findings.at(row); }
    [[nodiscard]] int blockingCount() const;

    /// A field's JSON name as the user knows it (标题, 正文, 发布机构, …).
    [[nodiscard]] static QString fieldLabel(const QString &field);
    [[nodiscard]] static QString kindLabel(RuleKind kind);
    [[nodiscard]] static QString severityLabel(Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Finding> m_findings;
};

} // namespace pd::checks
