#include "app/checksclient/TraditionalVersion.h"

using namespace Qt::StringLiterals;

namespace pd::checks {

namespace {

api::PortalClient::Callback<api::ApiReply> itemReply(TraditionalVersion::Done done)
{
    return [done = std::move(done)](Result<api::ApiReply> reply) {
        if (!reply) {
            done(std::unexpected(reply.error()));
            return;
        }
        done(domain::Item::fromJson(reply->json.object()));
    };
}

} // namespace

api::PortalClient::CallId TraditionalVersion::generate(api::PortalClient &client, qint64 itemId, QObject *context,
                                                       Done done)
{
    return client.call("POST", u"/api/v1/items/%1/traditional"_s.arg(itemId), {}, {}, context,
                       itemReply(std::move(done)));
}

api::PortalClient::CallId TraditionalVersion::fetch(api::PortalClient &client, qint64 itemId, QObject *context,
                                                    Done done)
{
    return client.call("GET", u"/api/v1/items/%1/traditional"_s.arg(itemId), {}, {}, context,
                       itemReply(std::move(done)));
}

} // namespace pd::checks
