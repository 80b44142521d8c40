#pragma once
#include "app/domain/Error.h"

#include <QObject>

namespace pd::server {

class Database;
class MediaRepository;

/// Keeps the media repository's record of which media published items show: an item's media are public while it is
/// published (a draft's, a scheduled or withdrawn item's are for the site's signed-in users only). Live posts record
/// their photos themselves (LiveService); a data directory from before the record existed is read once in full.
class PublicMediaIndex : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicMediaIndex)

public:
    PublicMediaIndex(Database &db, MediaRepository &media, QObject *parent = nullptr);

    /// Fills the record from every published item and live post, once per data directory.
    [[nodiscard]] Result<void> buildOnce();
    /// An item was saved or changed state: records what it shows now.
    void itemChanged(qint64 itemId);

private:
    [[nodiscard]] Result<void> record(qint64 itemId, const QString &state, const QString &content);

    Database &m_db;
    MediaRepository &m_media;
};

} // namespace pd::server
