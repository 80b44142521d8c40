#pragma once
#include "app/api/PortalClient.h"
#include "app/domain/Error.h"
#include "app/domain/Item.h"

#include <functional>

namespace pd::checks {

/// The client's calls for an item's 繁体版. portald converts (with the site's OpenCC variant, see
/// `GET|PUT /api/v1/sites/{site}/traditional`) and keeps the Traditional copy linked to its Simplified source.
///
/// For the editor, e.g. a "Generate Traditional version" action on a saved item:
/// @code
///   TraditionalVersion::generate(client, item.id, this, [this](pd::Result<pd::domain::Item> copy) {
///       if (copy) openEditor(copy->id); else showError(copy.error().message);
///   });
/// @endcode
/// Asking again after the source changed refreshes the same copy (it must still be a draft, rejected or
/// unpublished: 409 otherwise); asking again for an unchanged source returns the copy untouched.
class TraditionalVersion
{
public:
    using Done = std::function<void(Result<domain::Item>)>;

    /// POST /api/v1/items/{id}/traditional: creates or refreshes the copy; `done` gets it.
    static api::PortalClient::CallId generate(api::PortalClient &client, qint64 itemId, QObject *context, Done done);
    /// GET /api/v1/items/{id}/traditional: the copy, NotFound when there is none yet.
    static api::PortalClient::CallId fetch(api::PortalClient &client, qint64 itemId, QObject *context, Done done);
};

} // namespace pd::checks
