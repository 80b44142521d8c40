#pragma once
#include "app/domain/Error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariantHash>
#include <memory>

namespace KTextTemplate {
class Engine;
}

namespace pd::server {

/// The public site's KF6 TextTemplate engine: loads the built-in templates (`:/publish/templates`) once and renders
/// them with auto-escaping on, so only values marked safe (sanitised bodies) reach the page unescaped.
class PageRenderer
{
public:
    PageRenderer();
    ~PageRenderer();
    PageRenderer(const PageRenderer &) = delete;
    PageRenderer &operator=(const PageRenderer &) = delete;

    /// Renders `templateName` (e.g. "item.html") with `context`.
    [[nodiscard]] Result<QString> render(const QString &templateName, const QVariantHash &context) const;

    /// A hash over every template and asset: a web root rendered with other templates must be rendered again.
    [[nodiscard]] QByteArray version() const { return m_version; }
    /// A built-in static asset ("portal.css", "live.js").
    [[nodiscard]] static QByteArray asset(const QString &name);
    [[nodiscard]] static QStringList assetNames();

private:
    std::unique_ptr<KTextTemplate::Engine> m_engine;
    QByteArray m_version;
};

} // namespace pd::server
