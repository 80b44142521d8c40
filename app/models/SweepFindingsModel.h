#pragma once
#include "app/domain/SweepFinding.h"

#include <QAbstractTableModel>
#include <QList>

namespace pd::models {

/// The findings of one sweep as a table: where (the item's title or the page), what matched (or which link, and how
/// it failed), and its state with the reason of an ignored one. Filled by SweepDesk.
class SweepFindingsModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepFindingsModel)

public:
    enum Column { WhereColumn, FieldColumn, ProblemColumn, StateColumn, ColumnCount };
    enum Role { FindingIdRole = Qt::UserRole + 1, ItemIdRole, StateRole };

    explicit SweepFindingsModel(QObject *parent = nullptr);

    void setFindings(QList<domain::SweepFinding> findings);
    /// Replaces one finding (after it was marked) without resetting the table.
    void update(const domain::SweepFinding &finding);
    [[nodiscard]] const QList<domain::SweepFinding> &findings() const { return m_findings; }
    [[nodiscard]] const domain::SweepFinding *at(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Title", "Body" … for a content finding; "Image", "Attachment", "Link" for a dead link.
    [[nodiscard]] static QString whereText(const domain::SweepFinding &finding);
    [[nodiscard]] static QString fieldText(const domain::SweepFinding &finding);
    [[nodiscard]] static QString problemText(const domain::SweepFinding &finding);
    [[nodiscard]] static QString stateText(const domain::SweepFinding &finding);

private:
    QList<domain::SweepFinding> m_findings;
};

} // namespace pd::models
