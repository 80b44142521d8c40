#include "app/editing/EditorBridge.h"

#include "app/editing/EditingLog.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::editing {

EditorBridge::EditorBridge(QObject *parent)
    : QObject(parent)
{
}

EditorBridge::~EditorBridge() = default;

void EditorBridge::setServer(const QUrl &server)
{
    m_server = server;
}

QString EditorBridge::mediaBase() const
{
    if (!m_server.isValid())
        return {};
    QString base = m_server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    return base + u"/media/"_s;
}

// The page lives at qrc:, so a relative /media/ link would point into the application; the item keeps the
// relative form the portal publishes. Only attribute values starting with the link are rewritten.
QString EditorBridge::toEditor(const QString &html) const
{
    const QString base = mediaBase();
    if (base.isEmpty())
        return html;
    QString out = html;
    out.replace(u"=\"/media/"_s, u"=\""_s + base);
    return out;
}

QString EditorBridge::fromEditor(const QString &html) const
{
    QString out = html;
    // CKEditor numbers list items for its own bookkeeping; the portal's HTML has no use for the ids.
    static const QRegularExpression listItemIds(u" data-list-item-id=\"[^\"]*\""_s);
    out.remove(listItemIds);
    const QString base = mediaBase();
    if (!base.isEmpty())
        out.replace(u"=\""_s + base, u"=\"/media/"_s);
    return out;
}

void EditorBridge::pushHtml(const QString &html)
{
    m_html = html;
    ++m_generation;
    if (m_pageReady)
        Q_EMIT htmlPushed(toEditor(html), m_generation);
}

void EditorBridge::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (m_pageReady)
        Q_EMIT readOnlyChanged(readOnly);
}

void EditorBridge::select(const QString &excerpt, int occurrence)
{
    if (!m_pageReady) {
        Q_EMIT selected(false);
        return;
    }
    Q_EMIT selectRequested(excerpt, occurrence);
}

void EditorBridge::replace(const QString &excerpt, int occurrence, const QString &replacement)
{
    if (!m_pageReady || m_readOnly) {
        Q_EMIT replaced(false);
        return;
    }
    Q_EMIT replaceRequested(excerpt, occurrence, replacement);
}

void EditorBridge::insertImage(const QString &url, const QString &alt)
{
    if (m_pageReady && !m_readOnly)
        Q_EMIT imageInsertRequested(toEditor(u"=\""_s + url).mid(2), alt);
}

void EditorBridge::focusEditor()
{
    if (m_pageReady)
        Q_EMIT focusRequested();
}

void EditorBridge::reportUploadProgress(int uploadId, qint64 sent, qint64 total)
{
    Q_EMIT uploadProgress(uploadId, double(sent), double(total));
}

void EditorBridge::finishUpload(int uploadId, const QString &url, const QString &error)
{
    Q_EMIT uploadFinished(uploadId, url.isEmpty() ? QString() : toEditor(u"=\""_s + url).mid(2), error);
}

void EditorBridge::acceptFlushed(const QString &editorHtml)
{
    contentChanged(editorHtml);
}

void EditorBridge::pageReady()
{
    qCDebug(lcEditing) << "rich editor page ready";
    m_pageReady = true;
    Q_EMIT readOnlyChanged(m_readOnly);
    Q_EMIT htmlPushed(toEditor(m_html), m_generation);
    Q_EMIT ready();
}

void EditorBridge::contentChanged(const QString &editorHtml)
{
    const QString html = fromEditor(editorHtml);
    if (html == m_html)
        return;
    m_html = html;
    Q_EMIT changed(html);
}

void EditorBridge::bodyLoaded(int generation)
{
    m_loadedGeneration = generation;
    if (generation == m_generation)
        Q_EMIT loaded();
}

void EditorBridge::upload(int uploadId, const QString &fileName, const QString &mimeType, const QString &base64)
{
    const QByteArray bytes = QByteArray::fromBase64(base64.toLatin1());
    qCInfo(lcEditing) << "editor page asks to upload" << fileName << mimeType << bytes.size() << "bytes";
    Q_EMIT uploadRequested(uploadId, fileName, mimeType, bytes);
}

void EditorBridge::cancelUpload(int uploadId)
{
    Q_EMIT uploadCancelled(uploadId);
}

void EditorBridge::selectionResult(bool found)
{
    Q_EMIT selected(found);
}

void EditorBridge::replaceResult(bool done)
{
    Q_EMIT replaced(done);
}

} // namespace pd::editing
