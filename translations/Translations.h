#pragma once
#include <QLocale>
#include <QStringView>

class QCoreApplication;

namespace pd {

/// Installs PortalDesk's catalogue (and Qt's own) for `locale` into `app`; the translators are children of `app`.
/// Chinese locales of any region get zh_CN; everything else gets English, the source language.
/// Returns false when a catalogue that should exist could not be loaded.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

/// The UI locale: an explicit choice ("zh_CN", "en", from --lang or the settings) wins, otherwise the system
/// locale decides — zh_CN for any zh* locale, English for the rest. Unknown choices fall back to the system rule.
[[nodiscard]] QLocale uiLocale(QStringView choice, const QLocale &system);

} // namespace pd
