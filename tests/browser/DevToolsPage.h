#pragma once
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebSocket>
#include <memory>

namespace pd::test {

/// One headless chromium tab under test, driven over the Chrome DevTools protocol: open a URL, evaluate JavaScript,
/// run a script before every document. Uses a fresh profile and no network beyond the page's own origin.
class DevToolsPage
{
public:
    DevToolsPage();
    ~DevToolsPage();
    DevToolsPage(const DevToolsPage &) = delete;
    DevToolsPage &operator=(const DevToolsPage &) = delete;

    /// The chromium binary to use ($PD_CHROMIUM or /usr/bin/chromium); empty when there is none.
    [[nodiscard]] static QString browserPath();

    /// Starts chromium on `url` and attaches to its page; false (see error()) when that fails.
    bool open(const QUrl &url);
    /// Evaluates `expression` in the page and returns its value (JSON-serialisable results only).
    QJsonValue evaluate(const QString &expression);
    /// Sends one protocol command and waits for its answer (its `result`, or an `error` object).
    QJsonObject call(const QString &method, const QJsonObject &params = {});
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString log() const { return QString::fromUtf8(m_stderr); }

private:
    QTemporaryDir m_profile;
    std::unique_ptr<QProcess> m_browser;
    QWebSocket m_socket;
    QByteArray m_stderr;
    QString m_error;
    int m_nextId = 0;
};

} // namespace pd::test
