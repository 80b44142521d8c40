#include "tests/support/EditorDriver.h"
#include "tests/support/NewsDraft.h"

#include "app/api/PortalClient.h"
#include "app/editing/DocumentSession.h"
#include "app/editing/EditorBridge.h"
#include "tests/support/PortaldFixture.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/editor/RichEditorView.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace pd::test {

EditorDriver::EditorDriver(PortaldFixture &portal)
    : m_portal(portal)
{
}

EditorDriver::~EditorDriver() = default;

bool EditorDriver::start()
{
    m_token = m_portal.token(u"editor"_s);
    if (m_token.isEmpty()) {
        m_failure = "the editor could not sign in over HTTP";
        return false;
    }
    const auto sites = m_portal.api("GET", u"/api/v1/sites"_s);
    m_siteId = sites.json.array().first().toObject().value(u"id"_s).toInteger();
    if (m_siteId <= 0) {
        m_failure = "no site: " + sites.body;
        return false;
    }
    const auto tree = m_portal.api("GET", u"/api/v1/sites/%1/columns"_s.arg(m_siteId));
    for (const QJsonValue &v : tree.json.array())
        if (auto c = domain::Column::fromJson(v.toObject())) {
            m_columns.append(*c);
            if (c->kind == domain::ColumnKind::News && m_newsColumn == 0)
                m_newsColumn = c->id;
        }
    if (m_newsColumn <= 0) {
        m_failure = "no news column: " + tree.body;
        return false;
    }
    m_client = std::make_unique<api::PortalClient>();
    if (!m_portal.signIn(*m_client, u"editor"_s)) {
        m_failure = m_portal.failure();
        return false;
    }
    return true;
}

qint64 EditorDriver::createNews(const QString &title, const QString &body, const QJsonObject &fields)
{
    QJsonObject own{{u"bodyHtml"_s, body}, {u"author"_s, u"办公室"_s}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        own.insert(it.key(), it.value());
    return NewsDraft(m_siteId, m_newsColumn, title, own).createId(m_portal.http(), m_portal.baseUrl(), m_portal.token());
}

std::unique_ptr<ui::ItemEditorWindow> EditorDriver::makeEditor(QSize size)
{
    auto editor = std::make_unique<ui::ItemEditorWindow>(*m_client, nullptr, m_columns);
    editor->setAttribute(Qt::WA_DeleteOnClose, false);
    editor->resize(size);
    editor->show();
    if (!QTest::qWaitForWindowExposed(editor.get()))
        return {};
    editor->activateWindow();
    if (!QTest::qWaitForWindowActive(editor.get()))
        return {};
    if (!QTest::qWaitFor([&] { return editor->richEditor()->bridge().isPageReady(); }, 30000))
        return {};
    return editor;
}

std::unique_ptr<ui::ItemEditorWindow> EditorDriver::openEditor(qint64 id, QSize size, int timeoutMs,
                                                               const std::function<bool(ui::ItemEditorWindow &)> &ready)
{
    auto editor = makeEditor(size);
    if (!editor)
        return {};
    editor->openItem(id);
    if (!QTest::qWaitFor(
            [&] {
                return editor->session().status() == editing::DocumentSession::Status::Clean
                       && editor->richEditor()->bridge().isBodyLoaded() && (!ready || ready(*editor));
            },
            timeoutMs))
        return {};
    return editor;
}

} // namespace pd::test
