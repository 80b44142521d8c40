// Translations: the UI language rule, the catalogues load, and the zh_CN catalogue is complete — lupdate is run
// over the sources into a scratch copy and any string without a finished translation fails the test.
#include "app/api/ErrorMapper.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uiLocaleRule_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system zh_CN") << QString() << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("system zh_TW") << QString() << u"zh_TW"_s << u"zh_CN"_s;
        QTest::newRow("system zh_HK") << QString() << u"zh_HK"_s << u"zh_CN"_s;
        QTest::newRow("system de_DE") << QString() << u"de_DE"_s << u"en_US"_s;
        QTest::newRow("system C") << QString() << u"C"_s << u"en_US"_s;
        QTest::newRow("--lang en over zh") << u"en"_s << u"zh_CN"_s << u"en_US"_s;
        QTest::newRow("--lang zh_CN over fr") << u"zh_CN"_s << u"fr_FR"_s << u"zh_CN"_s;
        QTest::newRow("--lang zh-cn spelling") << u"zh-cn"_s << u"en_GB"_s << u"zh_CN"_s;
        QTest::newRow("unknown choice") << u"klingon"_s << u"zh_SG"_s << u"zh_CN"_s;
    }

    void uiLocaleRule()
    {
        QFETCH(QString, choice);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(pd::uiLocale(choice, QLocale(system)).name(), expected);
    }

    void chineseCatalogueIsUsed()
    {
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QCOMPARE(pd::api::ErrorMapper::tr("Wrong user name or password."), u"用户名或密码错误。"_s);
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)));
        QCOMPARE(pd::api::ErrorMapper::tr("Wrong user name or password."), u"Wrong user name or password."_s);
    }

    void zhCatalogueIsComplete()
    {
        const QString source = qEnvironmentVariable("PD_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "PD_SOURCE_DIR is not set");
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString ts = scratch.filePath(u"portaldesk_zh_CN.ts"_s);
        QVERIFY(QFile::copy(source + u"/translations/portaldesk_zh_CN.ts"_s, ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        // The same directories update_translations reads: the client core (with the shared domain), the widgets and
        // the plugins (the live desk is a plugin, and its strings are as much of the UI as any).
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(PD_LUPDATE), {u"-no-obsolete"_s, u"-locations"_s, u"none"_s,
                                                   u"-I"_s, source + u"/app"_s, u"-I"_s, source + u"/ui"_s,
                                                   u"-I"_s, source,
                                                   u"-I"_s, source + u"/plugins"_s,
                                                   source + u"/app"_s, source + u"/ui"_s, source + u"/plugins"_s,
                                                   source + u"/translations"_s,
                                                   u"-ts"_s, ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString sourceText;
        QStringList missing;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name"_s) {
                context = xml.readElementText();
            } else if (xml.name() == u"source"_s) {
                sourceText = xml.readElementText();
            } else if (xml.name() == u"translation"_s) {
                ++messages;
                const QString type = xml.attributes().value(u"type"_s).toString();
                // Plural forms live in <numerusform> children; an unfinished one is empty.
                QString text;
                bool emptyForm = false;
                bool hasForms = false;
                while (!(xml.isEndElement() && xml.name() == u"translation"_s) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    if (xml.isStartElement() && xml.name() == u"numerusform"_s) {
                        hasForms = true;
                        emptyForm = emptyForm || xml.readElementText().trimmed().isEmpty();
                    }
                }
                if (type == u"unfinished"_s || emptyForm || (!hasForms && text.trimmed().isEmpty()))
                    missing.append(context + u": "_s + sourceText);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 50, "suspiciously few messages: is lupdate reading the sources?");
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 untranslated string(s) in portaldesk_zh_CN.ts — run the update_translations target "
                            "and translate them:\n  "_s.arg(missing.size())
                            + missing.join(u"\n  "_s)));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
