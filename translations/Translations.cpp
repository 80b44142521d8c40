#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "pd.i18n")

namespace pd {

namespace {
bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}
} // namespace

QLocale uiLocale(QStringView choice, const QLocale &system)
{
    const QString c = choice.trimmed().toString().toLower().replace(u'-', u'_');
    if (c.startsWith(u"zh"_s))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    if (c == u"en"_s || c.startsWith(u"en_"_s) || c == u"c"_s)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (!c.isEmpty())
        qCWarning(lcI18n) << "unknown language" << choice << "- following the system locale";
    if (isChinese(system))
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const bool chinese = isChinese(locale);
    const QString ours = chinese ? u":/i18n/portaldesk_zh_CN.qm"_s : u":/i18n/portaldesk_en.qm"_s;
    auto *translator = new QTranslator(&app);
    bool ok = translator->load(ours);
    if (ok) {
        QCoreApplication::installTranslator(translator);
    } else {
        delete translator;
        // English is the source language, so an empty English catalogue is harmless.
        if (chinese)
            qCWarning(lcI18n) << "cannot load" << ours;
        else
            ok = true;
    }
    if (chinese) {
        // Qt's own strings (standard buttons, context menus) in Chinese too, when Qt's catalogues are installed.
        auto *qt = new QTranslator(&app);
        if (qt->load(QLocale(QLocale::Chinese, QLocale::China), u"qtbase"_s, u"_"_s,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China));
    }
    return ok;
}

} // namespace pd
