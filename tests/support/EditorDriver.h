#pragma once
#include "app/domain/Column.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>

#include <functional>
#include <memory>

namespace pd::api {
class PortalClient;
}
namespace pd::ui {
class ItemEditorWindow;
}

namespace pd::test {

class PortaldFixture;

/// The demo editor at the item editor on its own (no main window), as the rich editor tests drive it: a client
/// signed in as the editor, the first site's columns with the news column the tests write into (picked here, in one
/// place), news items made over the API, and editor windows shown, active and with their rich editor page up.
/// Links pd_testsupport_editor.
///
/// @code
///   pd::test::EditorDriver m_editor{m_portal};
///   void initTestCase() { QVERIFY2(m_portal.start(), m_portal.failure()); QVERIFY2(m_editor.start(), m_editor.failure()); }
///   auto editor = m_editor.openEditor(m_editor.createNews(u"标题"_s, u"<p>正文</p>"_s));
/// @endcode
class EditorDriver
{
public:
    explicit EditorDriver(PortaldFixture &portal);
    ~EditorDriver();
    EditorDriver(const EditorDriver &) = delete;
    EditorDriver &operator=(const EditorDriver &) = delete;

    /// After the portal started: reads the first site and its columns as the editor and signs the client in; false
    /// with failure() saying why.
    [[nodiscard]] bool start();
    [[nodiscard]] const char *failure() const { return m_failure.constData(); }

    [[nodiscard]] api::PortalClient &client() { return *m_client; }
    /// The editor's session over HTTP (the fixture's own).
    [[nodiscard]] QString token() const { return m_token; }
    [[nodiscard]] qint64 siteId() const { return m_siteId; }
    [[nodiscard]] const QList<domain::Column> &columns() const { return m_columns; }
    /// The column news items of the tests go into: the site's first news column.
    [[nodiscard]] qint64 newsColumn() const { return m_newsColumn; }

    /// A news item with `title` and `body` in newsColumn(), written over the API by the editor, with `fields`
    /// (a summary …) on top; its id, 0 when refused.
    [[nodiscard]] qint64 createNews(const QString &title, const QString &body, const QJsonObject &fields = {});

    /// An editor window on the signed-in client, of `size`, shown and active (shortcuts need the active window and
    /// Xvfb has no window manager to activate it), with its rich editor page up within 30 seconds; null otherwise.
    [[nodiscard]] std::unique_ptr<ui::ItemEditorWindow> makeEditor(QSize size);
    /// makeEditor(), then item `id` opened and waited for until it is unchanged, the rich editor shows its body and
    /// `ready` (when given) holds, within `timeoutMs`; null otherwise.
    [[nodiscard]] std::unique_ptr<ui::ItemEditorWindow>
    openEditor(qint64 id, QSize size, int timeoutMs, const std::function<bool(ui::ItemEditorWindow &)> &ready = {});

private:
    PortaldFixture &m_portal;
    std::unique_ptr<api::PortalClient> m_client;
    QString m_token;
    qint64 m_siteId = 0;
    qint64 m_newsColumn = 0;
    QList<domain::Column> m_columns;
    QByteArray m_failure;
};

} // namespace pd::test
