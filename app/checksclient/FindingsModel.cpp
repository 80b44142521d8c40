#include "app/checksclient/FindingsModel.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::checks {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    // Keep the rows before and after the part that changed: typing in one place changes one or two findings.
    const qsizetype common = std::min(m_findings.size(), findings.size());
    qsizetype prefix = 0;
    while (prefix < common && m_findings.at(prefix) == findings.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix
           && m_findings.at(m_findings.size() - 1 - suffix) == findings.at(findings.size() - 1 - suffix))
        ++suffix;
    const qsizetype oldMiddle = m_findings.size() - prefix - suffix;
    const qsizetype newMiddle = findings.size() - prefix - suffix;
    if (oldMiddle > 0) {
        beginRemoveRows({}, int(prefix), int(prefix + oldMiddle - 1));
        m_findings.remove(prefix, oldMiddle);
        endRemoveRows();
    }
    if (newMiddle > 0) {
        beginInsertRows({}, int(prefix), int(prefix + newMiddle - 1));
        m_findings.insert(prefix, newMiddle, Finding());
        std::copy_n(findings.cbegin() + prefix, newMiddle, m_findings.begin() + prefix);
        endInsertRows();
    }
}

int FindingsModel::blockingCount() const
{
    return int(std::ranges::count(m_findings, Severity::Block, &Finding::severity));
}

QString FindingsModel::fieldLabel(const QString &field)
{
    // The last path segment names the field (disclosure.abstract → abstract).
    const QString key = field.section(u'.', -1);
    if (key == u"title")
        return tr("Title");
    if (key == u"subtitle")
        return tr("Subtitle");
    if (key == u"summary")
        return tr("Summary");
    if (key == u"bodyHtml")
        return tr("Body");
    if (key == u"abstract")
        return tr("Abstract");
    if (key == u"columns")
        return tr("Columns");
    if (key == u"keywords")
        return tr("Keywords");
    if (key == u"publisher")
        return tr("Publisher");
    if (key == u"docNo")
        return tr("Document number");
    if (key == u"writtenDate")
        return tr("Written date");
    if (key == u"topicCategory")
        return tr("Topic category");
    if (key == u"genre")
        return tr("Genre");
    if (key == u"audience")
        return tr("Audience");
    if (key == u"mode" || key == u"modeReason")
        return tr("Disclosure mode");
    if (key == u"term")
        return tr("Disclosure term");
    if (key == u"scope")
        return tr("Disclosure scope");
    if (key == u"validity")
        return tr("Validity");
    if (key == u"disclosure")
        return tr("Disclosure metadata");
    if (key == u"feature")
        return tr("Feature");
    if (key == u"sample")
        return tr("Sample");
    return field;
}

QString FindingsModel::kindLabel(RuleKind kind)
{
    switch (kind) {
    case RuleKind::Sensitive:
        return tr("Sensitive");
    case RuleKind::Typo:
        return tr("Typo");
    case RuleKind::Wording:
        return tr("Wording");
    case RuleKind::Leader:
        return tr("Leader");
    case RuleKind::Structure:
        return tr("Structure");
    }
    return {};
}

QString FindingsModel::severityLabel(Severity severity)
{
    return severity == Severity::Block ? tr("Must fix") : tr("Warning");
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityLabel(f.severity);
        case KindColumn:
            return kindLabel(f.kind);
        case FieldColumn:
            return fieldLabel(f.field);
        case ExcerptColumn:
            return f.excerpt.isEmpty() ? f.message : f.excerpt;
        case SuggestionColumn:
            return f.suggestion;
        }
        return {};
    case Qt::ToolTipRole:
        return f.message;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn && f.severity == Severity::Block)
            return QBrush(QColor(0xc0, 0x20, 0x20));
        return {};
    case FieldRole:
        return f.field;
    case StartRole:
        return qlonglong(f.start);
    case LengthRole:
        return qlonglong(f.length);
    case SuggestionRole:
        return f.suggestion;
    case RuleIdRole:
        return f.ruleId;
    case BlockingRole:
        return f.severity == Severity::Block;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case KindColumn:
        return tr("Kind");
    case FieldColumn:
        return tr("Where");
    case ExcerptColumn:
        return tr("Excerpt");
    case SuggestionColumn:
        return tr("Suggestion");
    }
    return {};
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FieldRole, "field");
    names.insert(StartRole, "start");
    names.insert(LengthRole, "length");
    names.insert(SuggestionRole, "suggestion");
    names.insert(RuleIdRole, "ruleId");
    names.insert(BlockingRole, "blocking");
    return names;
}

} // namespace pd::checks
