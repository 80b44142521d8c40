#pragma once
#include <QJsonArray>
#include <QJsonObject>

namespace pd::test {

/// The fields of the mayor's online interview (a host and two guests, answers public as typed) that the desk's UI
/// tests open: give them to PortaldFixture::startLiveEvent.
inline QJsonObject mayorInterview()
{
    using namespace Qt::StringLiterals;
    return {{u"title"_s, u"市长与网友在线交流：优化营商环境"_s},
            {u"kind"_s, u"interview"_s},
            {u"mode"_s, u"direct"_s},
            {u"venue"_s, u"市政府新闻发布厅"_s},
            {u"host"_s, QJsonObject{{u"name"_s, u"张晓"_s}, {u"title"_s, u"市广播电视台主持人"_s}}},
            {u"guests"_s, QJsonArray{QJsonObject{{u"name"_s, u"王建国"_s}, {u"title"_s, u"市长"_s}},
                                     QJsonObject{{u"name"_s, u"李敏"_s}, {u"title"_s, u"市营商环境建设局局长"_s}}}}};
}

} // namespace pd::test
