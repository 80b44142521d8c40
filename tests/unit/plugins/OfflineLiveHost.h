#pragma once
#include "plugins/api/PanelHost.h"

#include <QJsonObject>

namespace pd::plugins {

/// A PanelHost for tests of plugins that use none of the typed live calls: each of those answers "offline" at once,
/// so a fake host only writes the calls its plugin really makes.
class OfflineLiveHost : public PanelHost
{
public:
    void liveEvents(Callback<QList<domain::LiveEvent>> done) override { done(offline()); }
    void liveStaff(Callback<QList<domain::LiveStaffMember>> done) override { done(offline()); }
    void liveEvent(qint64, Callback<Revisioned<domain::LiveEvent>> done) override { done(offline()); }
    void saveLiveEvent(qint64, const QJsonObject &, const QByteArray &,
                       Callback<Revisioned<domain::LiveEvent>> done) override
    {
        done(offline());
    }
    void transitionLiveEvent(qint64, domain::LiveEventAction, const QByteArray &,
                             Callback<Revisioned<domain::LiveEvent>> done) override
    {
        done(offline());
    }
    void livePosts(qint64, Callback<QList<domain::LivePost>> done) override { done(offline()); }
    void transitionLivePost(qint64, domain::LivePostAction, const QString &, const QByteArray &,
                            Callback<domain::LivePost> done) override
    {
        done(offline());
    }
    void liveStats(qint64, Callback<domain::LiveStats> done) override { done(offline()); }
    void liveComments(qint64, const QString &, const QString &, const QString &, int,
                      Callback<domain::ListPage<domain::LiveComment>> done) override
    {
        done(offline());
    }
    void transitionLiveComment(qint64, domain::LiveComment::Action, Callback<domain::LiveComment> done) override
    {
        done(offline());
    }
    void uploadLiveMedia(const QByteArray &, const QByteArray &, const QString &, Progress,
                         Callback<domain::MediaInfo> done) override
    {
        done(offline());
    }
    void liveMedia(const QString &, Callback<QByteArray> done) override { done(offline()); }

private:
    static std::unexpected<Error> offline()
    {
        using namespace Qt::StringLiterals;
        return fail(ErrorCode::Network, u"offline"_s);
    }
};

} // namespace pd::plugins
