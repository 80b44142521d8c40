#include "plugins/livebroadcast/ComposerMemory.h"

#include "plugins/api/PanelHost.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::livebroadcast {

ComposerMemory::Draft ComposerMemory::draft(const QString &key) const
{
    const QJsonObject o = m_host.localValue(key).toObject();
    return Draft{o.value(u"text").toString(), o.value(u"speaker").toString()};
}

void ComposerMemory::setDraft(const QString &key, const Draft &draft)
{
    if (draft.isEmpty())
        m_host.setLocalValue(key, QJsonValue());
    else
        m_host.setLocalValue(key, QJsonObject{{u"text"_s, draft.text}, {u"speaker"_s, draft.speaker}});
}

ComposerMemory::Watermark ComposerMemory::watermark(const QString &key) const
{
    const QJsonObject o = m_host.localValue(key).toObject();
    return Watermark{o.value(u"on").toBool(), o.value(u"text").toString(), o.value(u"logo").toString()};
}

void ComposerMemory::setWatermark(const QString &key, const Watermark &watermark)
{
    QJsonObject mark{{u"on"_s, watermark.on}, {u"text"_s, watermark.text}};
    if (!watermark.logoPng.isEmpty())
        mark.insert(u"logo"_s, watermark.logoPng); // a few hundred KB at most: the logo is scaled down before it is kept
    m_host.setLocalValue(key, mark);
}

} // namespace pd::livebroadcast
