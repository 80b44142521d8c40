#pragma once
#include <QString>
#include <QStringList>
#include <QTest>

namespace pd::test {

/// A role matrix's data: the `who` column and one row per account of `users`, named after it (header only: every
/// test links QtTest).
inline void addAccountRows(const QStringList &users)
{
    QTest::addColumn<QString>("who");
    for (const QString &who : users)
        QTest::newRow(qPrintable(who)) << who;
}

} // namespace pd::test
