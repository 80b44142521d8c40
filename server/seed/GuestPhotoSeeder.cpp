#include "server/seed/GuestPhotoSeeder.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"
#include "server/live/LiveRepository.h"
#include "server/media/MediaRepository.h"
#include "server/media/MediaStore.h"
#include "server/seed/DemoInterview.h"
#include "server/seed/SeedLog.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPolygonF>

#include <array>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr QLatin1StringView kSeededKey{"interview_guest_photos_seeded"};

struct Colouring {
    QColor background;
    QColor suit;
    QColor tie;
    QColor skin;
    QColor hair;
};

} // namespace

QByteArray GuestPhotoSeeder::portrait(int index)
{
    static const std::array<Colouring, 3> colourings{
        Colouring{QColor(0xd6, 0xe2, 0xee), QColor(0x24, 0x30, 0x48), QColor(0xa8, 0x22, 0x2a), QColor(0xf0, 0xc8, 0xa4),
                  QColor(0x1a, 0x1a, 0x1a)},
        Colouring{QColor(0xe6, 0xdf, 0xd0), QColor(0x3a, 0x3c, 0x40), QColor(0x1f, 0x4e, 0x8c), QColor(0xe4, 0xb8, 0x94),
                  QColor(0x2e, 0x26, 0x20)},
        Colouring{QColor(0xdc, 0xe8, 0xdc), QColor(0x2c, 0x2c, 0x2c), QColor(0x6a, 0x2a, 0x6e), QColor(0xee, 0xc4, 0x9c),
                  QColor(0x22, 0x22, 0x22)}};
    const Colouring &c = colourings.at(std::size_t(index < 0 ? 0 : index) % colourings.size());

    // Shapes only, no text: portald has no font to draw with, and a portrait needs none.
    QImage image(160, 200, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient background(0, 0, 0, 200);
    background.setColorAt(0, c.background.lighter(108));
    background.setColorAt(1, c.background.darker(110));
    p.fillRect(image.rect(), background);
    p.setPen(Qt::NoPen);
    p.setBrush(c.suit);
    p.drawEllipse(QRectF(8, 142, 144, 130));
    p.setBrush(Qt::white);
    p.drawPolygon(QPolygonF{QPointF(62, 143), QPointF(98, 143), QPointF(80, 176)});
    p.setBrush(c.tie);
    p.drawPolygon(QPolygonF{QPointF(76, 150), QPointF(84, 150), QPointF(87, 186), QPointF(80, 196), QPointF(73, 186)});
    p.setBrush(c.skin.darker(110));
    p.drawRect(QRectF(69, 112, 22, 34));
    p.setBrush(c.skin);
    p.drawEllipse(QRectF(47, 44, 66, 84));
    p.setBrush(c.hair);
    p.drawChord(QRectF(44, 36, 72, 58), 0, 180 * 16);
    p.setBrush(QColor(0x30, 0x28, 0x24));
    p.drawEllipse(QRectF(63, 82, 7, 5));
    p.drawEllipse(QRectF(90, 82, 7, 5));
    p.setPen(QPen(c.skin.darker(150), 2));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(69, 98, 22, 14), 200 * 16, 140 * 16);
    p.end();

    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

Result<void> GuestPhotoSeeder::seed()
{
    auto pending = DemoInterview::pending(m_db, m_live, m_source, kSeededKey);
    if (!pending)
        return std::unexpected(pending.error());
    if (!*pending)
        return {};
    domain::LiveEvent event = (*pending)->event;

    Transaction tx(m_db);
    QList<qint64> photos;
    for (qsizetype i = 0; i < event.guests.size(); ++i) {
        domain::LiveEvent::Guest &g = event.guests[i];
        if (g.photoId <= 0) {
            auto stored = m_store.store(portrait(int(i)), u"image/png"_s, u"guest-%1.png"_s.arg(g.id), event.siteId);
            if (!stored)
                return std::unexpected(stored.error());
            g.photoId = stored->id;
            g.photoUrl = stored->url();
        }
        photos.append(g.photoId);
    }
    if (auto r = m_live.updateEvent(event); !r)
        return r;
    if (auto r = m_media.setPublicReferences(u"liveguests:%1"_s.arg(event.id), photos); !r)
        return r;
    if (auto r = m_db.exec(u"INSERT INTO server_meta (meta_key, meta_value) VALUES (?, ?)"_s,
                           {QString(kSeededKey), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcSeed) << "drew photos for" << photos.size() << "demo interview guests";
    return {};
}

} // namespace pd::server
