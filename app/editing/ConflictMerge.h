#pragma once
#include "app/domain/Item.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace pd::editing {

/// One editable field as both sides have it, for the conflict dialog.
struct ConflictField {
    QString key;   ///< JSON key; disclosure fields as "disclosure.<key>"
    QString label; ///< translated field name
    QString mine;  ///< display text
    QString theirs;
    [[nodiscard]] bool differs() const { return mine != theirs; }
};

/// The 412 merge: for each editable field, the user keeps their value or takes the server's; the result is the
/// server's current item (its revision, workflow and server-managed fields) with the chosen content.
class ConflictMerge
{
    Q_DECLARE_TR_FUNCTIONS(ConflictMerge)

public:
    enum class Side { Mine, Theirs };

    ConflictMerge(const domain::Item &mine, const domain::Item &theirs);

    /// Every editable field, those that differ first in form order.
    [[nodiscard]] const QList<ConflictField> &fields() const { return m_fields; }
    [[nodiscard]] QList<ConflictField> differingFields() const;
    void choose(const QString &key, Side side);
    [[nodiscard]] Side choice(const QString &key) const { return m_choice.value(key, Side::Mine); }
    [[nodiscard]] domain::Item merged() const;
    [[nodiscard]] const domain::Item &theirs() const { return m_theirs; }
    [[nodiscard]] const domain::Item &mine() const { return m_mine; }

    /// The translated name of a field key, e.g. "title" → 标题.
    [[nodiscard]] static QString fieldLabel(const QString &key);

private:
    domain::Item m_mine;
    domain::Item m_theirs;
    QJsonObject m_mineJson;
    QJsonObject m_theirsJson;
    QList<ConflictField> m_fields;
    QHash<QString, Side> m_choice;
};

} // namespace pd::editing
