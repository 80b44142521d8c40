#pragma once
#include "app/checksclient/FindingsModel.h"

#include <QString>

namespace pd::test {

/// The row of `model` that holds the finding of rule `ruleId`, -1 when there is none (header only: the tests that
/// ask link the findings model already).
inline int rowOfRule(const checks::FindingsModel &model, const QString &ruleId)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.finding(row).ruleId == ruleId)
            return row;
    return -1;
}

} // namespace pd::test
