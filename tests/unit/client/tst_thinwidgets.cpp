// Widgets stay thin: nothing under ui/ or plugins/ talks to the portal's API or reads its JSON itself — no
// PortalClient call, no API path, no ApiReply, no QJsonDocument::fromJson, no JSON object walked field by field.
// That belongs in app/ (models, sessions, codecs in app/domain), where it is tested without a widget. Read from
// the sources as the zh_CN completeness test reads the translations.
//
// The allow-list below names the files that still do it, each with why; it only shrinks: a listed file that no
// longer hits fails the test too, so the entry goes with the last hit.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// What a widget must not do, each with the words a failure says.
struct Pattern {
    QString what;
    QRegularExpression re;
};

const QList<Pattern> &patterns()
{
    static const QList<Pattern> all{
        {u"parses JSON"_s, QRegularExpression(u"QJsonDocument::fromJson"_s)},
        {u"names an API path"_s, QRegularExpression(u"\"/api/v1"_s)},
        {u"calls the API client"_s,
         QRegularExpression(u"\\b(m_)?[cC]lient(\\(\\))?\\s*(\\.|->)\\s*(call|upload|login|logout|me|sites|columns|health)\\("_s)},
        {u"handles an API reply"_s, QRegularExpression(u"\\bApiReply\\b"_s)},
        {u"walks a JSON object"_s,
         QRegularExpression(u"\\.value\\(u?\"[A-Za-z.]+\"(_s)?\\)\\s*\\.to(String|Int|Integer|Array|Object|Bool|Double|LongLong)\\(|"
                            u"\\.toObject\\(\\)\\s*\\.value\\("_s)},
    };
    return all;
}

/// The files under ui/ and plugins/ that still reach the API or its JSON, and why each is still allowed to.
const QHash<QString, QString> &allowList()
{
    static const QHash<QString, QString> list{};
    return list;
}

/// Files that read JSON which is not the API's, and so are not the business of this test.
const QHash<QString, QString> &notTheApi()
{
    static const QHash<QString, QString> list{
        {u"plugins/host/PluginMetaData.cpp"_s, u"a plugin's plugin.json, read before it is loaded"_s},
        {u"plugins/livebroadcast/ComposerMemory.cpp"_s, u"the live desk's own draft and watermark, kept with the account"_s},
    };
    return list;
}

/// `line` without its comment, so that a comment may name what the code must not do.
QString code(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.startsWith(u"//") || trimmed.startsWith(u'*') || trimmed.startsWith(u"/*"))
        return {};
    // A "//" inside a string literal (a URL) is not a comment: cut only after the last closing quote.
    const qsizetype lastQuote = line.lastIndexOf(u'"');
    const qsizetype comment = line.indexOf(u"//"_s, lastQuote < 0 ? 0 : lastQuote);
    return comment < 0 ? line : line.left(comment);
}

/// "what: file:line: text" for every hit in `text` (lines numbered from 1).
QStringList hits(const QString &file, const QString &text)
{
    QStringList out;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString c = code(lines.at(i));
        if (c.isEmpty())
            continue;
        for (const Pattern &p : patterns())
            if (p.re.match(c).hasMatch())
                out.append(u"%1: %2:%3: %4"_s.arg(p.what, file).arg(i + 1).arg(lines.at(i).trimmed()));
    }
    return out;
}

} // namespace

class tst_ThinWidgets : public QObject
{
    Q_OBJECT

    QString m_source;

    /// Every hit under ui/ and plugins/, by file (relative to the source tree).
    QHash<QString, QStringList> scan() const
    {
        QHash<QString, QStringList> found;
        for (const QString &top : {u"ui"_s, u"plugins"_s}) {
            QDirIterator it(m_source + u'/' + top, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QString relative = path.mid(m_source.size() + 1);
                if (notTheApi().contains(relative))
                    continue;
                const QStringList h = hits(relative, QString::fromUtf8(file.readAll()));
                if (!h.isEmpty())
                    found.insert(relative, h);
            }
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_source = qEnvironmentVariable("PD_SOURCE_DIR");
        QVERIFY2(!m_source.isEmpty(), "PD_SOURCE_DIR is not set");
        QVERIFY(QFile::exists(m_source + u"/ui/mainwindow/MainWindow.cpp"_s));
    }

    void detectorSeesWhatItShould_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("hit");
        QTest::newRow("fromJson") << u"const auto doc = QJsonDocument::fromJson(bytes);"_s << true;
        QTest::newRow("api path") << u"    const QString path = u\"/api/v1/items/%1\"_s.arg(id);"_s << true;
        QTest::newRow("client call") << u"    m_client.call(\"GET\", path, {}, {}, this, done);"_s << true;
        QTest::newRow("workspace client call") << u"    m_workspace.client().sites(this, done);"_s << true;
        QTest::newRow("api reply") << u"    [this](Result<api::ApiReply> reply) {"_s << true;
        QTest::newRow("json walk") << u"    const qint64 id = json.value(u\"id\"_s).toInteger();"_s << true;
        QTest::newRow("nested walk") << u"    reply->json.toObject().value(u\"items\");"_s << true;
        QTest::newRow("comment") << u"    // GET /api/v1/items, then QJsonDocument::fromJson"_s << false;
        QTest::newRow("doc comment") << u"/// Any API call, e.g. request(\"GET\", \"/api/v1/live/events\")"_s << false;
        QTest::newRow("trailing comment") << u"    load(); // as GET /api/v1/sites answers"_s << false;
        QTest::newRow("settings value") << u"    m_settings.value(u\"ui/geometry\"_s).toByteArray();"_s << false;
        QTest::newRow("model data") << u"    index.data(Qt::UserRole).toString();"_s << false;
    }

    void detectorSeesWhatItShould()
    {
        QFETCH(QString, line);
        QFETCH(bool, hit);
        QCOMPARE(!hits(u"sample.cpp"_s, line).isEmpty(), hit);
    }

    void widgetsLeaveTheApiToApp()
    {
        const QHash<QString, QStringList> found = scan();
        QStringList refused;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            if (!allowList().contains(it.key()))
                refused.append(it.value());
        refused.sort();
        QVERIFY2(refused.isEmpty(), qPrintable(u"move these into app/:\n"_s + refused.join(u'\n')));
    }

    void allowListOnlyShrinks()
    {
        const QHash<QString, QStringList> found = scan();
        QStringList stale;
        for (auto it = allowList().cbegin(); it != allowList().cend(); ++it)
            if (!found.contains(it.key()))
                stale.append(it.key());
        stale.sort();
        QVERIFY2(stale.isEmpty(), qPrintable(u"no longer needed on the allow-list:\n"_s + stale.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(tst_ThinWidgets)
#include "tst_thinwidgets.moc"
