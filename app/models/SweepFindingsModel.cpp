#include "app/models/SweepFindingsModel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;
using pd::domain::SweepFinding;

namespace pd::models {

SweepFindingsModel::SweepFindingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void SweepFindingsModel::setFindings(QList<SweepFinding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

void SweepFindingsModel::update(const SweepFinding &finding)
{
    for (qsizetype row = 0; row < m_findings.size(); ++row) {
        if (m_findings.at(row).id != finding.id)
            continue;
        m_findings[row] = finding;
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
        return;
    }
}

const SweepFinding *SweepFindingsModel::at(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int SweepFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int SweepFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SweepFindingsModel::whereText(const SweepFinding &f)
{
    if (!f.itemTitle.isEmpty())
        return f.itemTitle;
    if (f.isLink())
        return f.page == u"/index.html"_s ? tr("Home page") : f.page;
    return tr("Item %1").arg(f.itemId);
}

QString SweepFindingsModel::fieldText(const SweepFinding &f)
{
    if (f.isLink()) {
        if (f.target == u"image"_s)
            return tr("Image");
        if (f.target == u"attachment"_s)
            return tr("Attachment");
        if (f.target == u"resource"_s)
            return tr("Style or script");
        return f.external ? tr("External link") : tr("Link");
    }
    if (f.field == u"title"_s)
        return tr("Title");
    if (f.field == u"subtitle"_s)
        return tr("Subtitle");
    if (f.field == u"summary"_s)
        return tr("Summary");
    if (f.field == u"bodyHtml"_s)
        return tr("Body");
    if (f.field == u"disclosure.abstract"_s)
        return tr("Abstract");
    return f.field;
}

QString SweepFindingsModel::problemText(const SweepFinding &f)
{
    if (f.isLink()) {
        QString how;
        if (f.status == u"timeout"_s)
            how = tr("no answer in time");
        else if (f.status == u"redirect-loop"_s)
            how = tr("redirects without end");
        else if (f.status == u"unreachable"_s)
            how = tr("cannot be reached");
        else if (f.http > 0)
            how = tr("not found (HTTP %1)").arg(f.http);
        else
            how = tr("not found");
        return tr("%1 — %2").arg(f.url, how);
    }
    // What the rule says first (错别字, 领导职务 …), then where it matched.
    QString text = f.message.isEmpty() ? f.excerpt : tr("%1: %2").arg(f.message, f.excerpt);
    if (!f.suggestion.isEmpty())
        text += tr(" (suggested: %1)").arg(f.suggestion);
    return text;
}

QString SweepFindingsModel::stateText(const SweepFinding &f)
{
    switch (f.state) {
    case SweepFinding::State::Open: return tr("Open");
    case SweepFinding::State::Fixed: return tr("Fixed");
    case SweepFinding::State::Ignored: return tr("Ignored: %1").arg(f.reason);
    }
    return {};
}

QVariant SweepFindingsModel::data(const QModelIndex &index, int role) const
{
    const SweepFinding *f = index.isValid() ? at(index.row()) : nullptr;
    if (!f)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhereColumn: return whereText(*f);
        case FieldColumn: return fieldText(*f);
        case ProblemColumn: return problemText(*f);
        case StateColumn: return stateText(*f);
        default: return {};
        }
    case Qt::ForegroundRole:
        // Settled findings recede; the open ones are what is left to do.
        if (f->state != SweepFinding::State::Open)
            return QBrush(QColor(0x6b, 0x72, 0x80));
        return {};
    case FindingIdRole: return f->id;
    case ItemIdRole: return f->itemId;
    case StateRole: return SweepFinding::stateCode(f->state);
    default: return {};
    }
}

QVariant SweepFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhereColumn: return tr("Item or page");
    case FieldColumn: return tr("Where");
    case ProblemColumn: return tr("Problem");
    case StateColumn: return tr("State");
    default: return {};
    }
}

} // namespace pd::models
