#include "tests/browser/DevToolsPage.h"

#include "tests/support/HttpProbe.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::test {

DevToolsPage::DevToolsPage() = default;

DevToolsPage::~DevToolsPage()
{
    m_socket.abort();
    if (m_browser && m_browser->state() != QProcess::NotRunning) {
        m_browser->terminate();
        if (!m_browser->waitForFinished(5000)) {
            m_browser->kill();
            m_browser->waitForFinished(5000);
        }
    }
}

QString DevToolsPage::browserPath()
{
    const QString configured = qEnvironmentVariable("PD_CHROMIUM");
    if (!configured.isEmpty())
        return configured;
    return QFile::exists(u"/usr/bin/chromium"_s) ? u"/usr/bin/chromium"_s : QString();
}

bool DevToolsPage::open(const QUrl &url)
{
    m_browser = std::make_unique<QProcess>();
    m_browser->setProcessChannelMode(QProcess::SeparateChannels);
    m_browser->setReadChannel(QProcess::StandardError); // where chromium announces its DevTools endpoint
    // Headless, no sandbox (tests run as root in the build root), nothing fetched from elsewhere, a throw-away profile.
    m_browser->start(browserPath(), {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                                     u"--disable-background-networking"_s, u"--disable-component-update"_s,
                                     u"--no-first-run"_s, u"--disable-dev-shm-usage"_s,
                                     u"--user-data-dir="_s + m_profile.path(), u"--remote-debugging-port=0"_s,
                                     url.toString()});
    if (!m_browser->waitForStarted(10000)) {
        m_error = u"chromium did not start: "_s + m_browser->errorString();
        return false;
    }
    static const QRegularExpression listening(u"DevTools listening on (ws://[^\\s]+)"_s);
    QUrl browserEndpoint;
    const QDeadlineTimer deadline(30000);
    while (!browserEndpoint.isValid() && !deadline.hasExpired()) {
        if (!m_browser->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            break;
        m_stderr += m_browser->readAllStandardError();
        const auto m = listening.match(QString::fromUtf8(m_stderr));
        if (m.hasMatch())
            browserEndpoint = QUrl(m.captured(1));
    }
    if (!browserEndpoint.isValid()) {
        m_error = u"chromium did not report its DevTools endpoint:\n"_s + log();
        return false;
    }
    // The page target's own socket (the browser socket would need Target.attachToTarget first).
    HttpProbe http;
    QUrl list = browserEndpoint;
    list.setScheme(u"http"_s);
    list.setPath(u"/json/list"_s);
    QString pageSocket;
    for (int attempt = 0; attempt < 50 && pageSocket.isEmpty(); ++attempt) {
        const auto targets = http.request("GET", list);
        for (const QJsonValue &t : targets.json.array())
            if (t.toObject().value(u"type"_s).toString() == u"page"_s)
                pageSocket = t.toObject().value(u"webSocketDebuggerUrl"_s).toString();
        if (pageSocket.isEmpty()) {
            QEventLoop wait;
            QTimer::singleShot(100, &wait, &QEventLoop::quit);
            wait.exec();
        }
    }
    if (pageSocket.isEmpty()) {
        m_error = u"no page target in /json/list"_s;
        return false;
    }
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(QUrl(pageSocket));
    if (!connected.wait(10000)) {
        m_error = u"could not connect to the page's DevTools socket: "_s + m_socket.errorString();
        return false;
    }
    return true;
}

QJsonObject DevToolsPage::call(const QString &method, const QJsonObject &params)
{
    const int id = ++m_nextId;
    QJsonObject answer;
    QEventLoop loop;
    const auto connection = QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &loop, [&](const QString &text) {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.value(u"id"_s).toInt() != id)
            return; // an event, or the answer to an earlier call
        answer = message.contains(u"error"_s) ? QJsonObject{{u"error"_s, message.value(u"error"_s)}}
                                              : message.value(u"result"_s).toObject();
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    m_socket.sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"id"_s, id}, {u"method"_s, method}, {u"params"_s, params}}).toJson(QJsonDocument::Compact)));
    loop.exec();
    QObject::disconnect(connection);
    return answer;
}

QJsonValue DevToolsPage::evaluate(const QString &expression)
{
    const QJsonObject result = call(u"Runtime.evaluate"_s, {{u"expression"_s, expression}, {u"returnByValue"_s, true}});
    return result.value(u"result"_s).toObject().value(u"value"_s);
}

} // namespace pd::test
