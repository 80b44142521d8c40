#include "ui/settings/Appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleHints>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
const auto kSchemeKey = u"ui/colorScheme"_s;

QPalette darkPalette()
{
    // A restrained dark palette (Fusion's roles) with enough contrast for long reading and the portal's red accent
    // kept recognisable for selections.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x28));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0xb7, 0x3a, 0x3a));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x9a, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    p.setColor(QPalette::Highlight, QColor(0xb7, 0x2b, 0x2b));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    return p;
}
} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_scheme(fromCode(QSettings().value(kSchemeKey).toString()))
    , m_systemPalette(QApplication::palette())
{
}

void Appearance::setScheme(Scheme scheme)
{
    if (scheme == m_scheme)
        return;
    m_scheme = scheme;
    QSettings().setValue(kSchemeKey, code(scheme));
    apply();
    Q_EMIT schemeChanged(scheme);
}

void Appearance::apply()
{
    // The style hint tells everything that asks (web views, the source view's highlighting theme) which scheme is
    // meant; the palette makes the widgets follow even where the platform cannot switch schemes itself.
    QStyleHints *hints = QGuiApplication::styleHints();
    switch (m_scheme) {
    case Scheme::System:
        hints->unsetColorScheme();
        QApplication::setPalette(m_systemPalette);
        break;
    case Scheme::Light:
        hints->setColorScheme(Qt::ColorScheme::Light);
        QApplication::setPalette(lightPalette());
        break;
    case Scheme::Dark:
        hints->setColorScheme(Qt::ColorScheme::Dark);
        QApplication::setPalette(darkPalette());
        break;
    }
}

bool Appearance::isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QString Appearance::code(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return u"light"_s;
    case Scheme::Dark:
        return u"dark"_s;
    case Scheme::System:
        break;
    }
    return u"system"_s;
}

Appearance::Scheme Appearance::fromCode(const QString &code)
{
    if (code == u"light"_s)
        return Scheme::Light;
    if (code == u"dark"_s)
        return Scheme::Dark;
    return Scheme::System;
}

QString Appearance::displayName(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light:
        return tr("Light");
    case Scheme::Dark:
        return tr("Dark");
    case Scheme::System:
        break;
    }
    return tr("Follow the system");
}

} // namespace pd::ui
