#pragma once
#include "app/domain/Error.h"
#include "server/seed/DemoSource.h"

#include <QByteArray>

namespace pd::server {

class Database;
class LiveRepository;
class MediaRepository;
class MediaStore;

/// `--demo`: gives the guests of the demo interview (resources/demo/interview.json names it) a photo each, drawn
/// here as a simple portrait rather than taken from anywhere, stored like an upload and shown on the public page
/// beside their answers — once per database. Runs after InterviewSeeder, once the media store is up.
class GuestPhotoSeeder
{
public:
    GuestPhotoSeeder(Database &db, LiveRepository &live, MediaStore &store, MediaRepository &media, DemoSource source)
        : m_db(db), m_live(live), m_store(store), m_media(media), m_source(std::move(source))
    {
    }

    Result<void> seed();

    /// A head-and-shoulders portrait (160 × 200 PNG) in the `index`th of a few colourings.
    [[nodiscard]] static QByteArray portrait(int index);

private:
    Database &m_db;
    LiveRepository &m_live;
    MediaStore &m_store;
    MediaRepository &m_media;
    DemoSource m_source;
};

} // namespace pd::server
