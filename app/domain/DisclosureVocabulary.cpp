#include "app/domain/DisclosureVocabulary.h"

using namespace Qt::StringLiterals;

namespace pd::domain::disclosure {

QStringList genres()
{
    return {u"命令"_s, u"决定"_s, u"公告"_s, u"通告"_s, u"通知"_s, u"通报"_s, u"议案"_s,
            u"报告"_s, u"请示"_s, u"批复"_s, u"意见"_s, u"函"_s,   u"会议纪要"_s};
}

QStringList audiences() { return {u"面向公民"_s, u"面向法人"_s}; }
QStringList modes() { return {u"主动公开"_s, u"依申请公开"_s, u"不予公开"_s}; }
QStringList terms() { return {u"长期"_s, u"限时"_s}; }
QStringList scopes() { return {u"面向社会"_s, u"面向申请人"_s}; }
QStringList validities() { return {u"有效"_s, u"失效"_s, u"废止"_s}; }
QString withheldMode() { return u"不予公开"_s; }

} // namespace pd::domain::disclosure
