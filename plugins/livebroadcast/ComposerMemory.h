#pragma once
#include <QString>

namespace pd::plugins {
class PanelHost;
}

namespace pd::livebroadcast {

/// What the composer keeps with the account between runs, per event (and per sub-forum for the draft): the unsent
/// text with its speaker, and the photo watermark (on/off, text, logo as base64 PNG). Stored as the desk's own
/// local values through the PanelHost.
class ComposerMemory
{
public:
    struct Draft {
        QString text;
        QString speaker;
        [[nodiscard]] bool isEmpty() const { return text.isEmpty() && speaker.isEmpty(); }
    };
    struct Watermark {
        bool on = false;
        QString text;
        QString logoPng;
    };

    explicit ComposerMemory(plugins::PanelHost &host) : m_host(host) {}

    [[nodiscard]] Draft draft(const QString &key) const;
    /// An empty draft removes the key.
    void setDraft(const QString &key, const Draft &draft);
    [[nodiscard]] Watermark watermark(const QString &key) const;
    void setWatermark(const QString &key, const Watermark &watermark);

private:
    plugins::PanelHost &m_host;
};

} // namespace pd::livebroadcast
