#pragma once
#include <QObject>
#include <QPalette>

namespace pd::ui {

/// The light/dark choice of 视图 → 外观 (follow the system, light, dark): applied to the running application at
/// once and remembered for the next start.
class Appearance : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Appearance)

public:
    enum class Scheme { System, Light, Dark };
    Q_ENUM(Scheme)

    /// Reads the remembered choice (setting ui/colorScheme); call apply() to put it into effect.
    explicit Appearance(QObject *parent = nullptr);

    [[nodiscard]] Scheme scheme() const { return m_scheme; }
    /// Applies `scheme` to the whole application and remembers it.
    void setScheme(Scheme scheme);
    /// Puts the current choice into effect (at start).
    void apply();
    /// Whether the palette in effect is a dark one (whatever the choice).
    [[nodiscard]] static bool isDark();

    [[nodiscard]] static QString code(Scheme scheme);
    [[nodiscard]] static Scheme fromCode(const QString &code);
    /// The translated name shown in menus and the settings dialog.
    [[nodiscard]] static QString displayName(Scheme scheme);

Q_SIGNALS:
    void schemeChanged(pd::ui::Appearance::Scheme scheme);

private:
    Scheme m_scheme = Scheme::System;
    QPalette m_systemPalette; ///< the palette before any choice was applied, restored by "follow the system"
};

} // namespace pd::ui
