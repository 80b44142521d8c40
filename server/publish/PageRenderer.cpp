#include "server/publish/PageRenderer.h"

#include "server/publish/PublishLog.h"

#include <KTextTemplate/CachingLoaderDecorator>
#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/Template>
#include <KTextTemplate/TemplateLoader>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
const QString kTemplateDir = u":/publish/templates"_s;
const QString kAssetDir = u":/publish/assets"_s;
// Bump when the page structure changes in code (not only in templates) so existing web roots are rendered again.
constexpr QByteArrayView kRendererRevision = "publish-4"; // 4: column archive pages counted from the oldest
} // namespace

PageRenderer::PageRenderer() : m_engine(std::make_unique<KTextTemplate::Engine>())
{
    auto loader = QSharedPointer<KTextTemplate::FileSystemTemplateLoader>::create();
    loader->setTemplateDirs({kTemplateDir});
    // Parsed once, rendered many times: a full render of the demo site renders the item template ~600 times.
    m_engine->addTemplateLoader(QSharedPointer<KTextTemplate::CachingLoaderDecorator>::create(loader));
    m_engine->setSmartTrimEnabled(true);

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(kRendererRevision);
    for (const QString &dir : {kTemplateDir, kAssetDir}) {
        QDirIterator it(dir, QDir::Files);
        QStringList names;
        while (it.hasNext())
            names.append(it.next());
        names.sort();
        for (const QString &name : std::as_const(names)) {
            QFile f(name);
            if (f.open(QIODevice::ReadOnly)) {
                hash.addData(name.toUtf8());
                hash.addData(f.readAll());
            }
        }
    }
    m_version = hash.result().toHex().left(16);
}

PageRenderer::~PageRenderer() = default;

Result<QString> PageRenderer::render(const QString &templateName, const QVariantHash &context) const
{
    KTextTemplate::Template t = m_engine->loadByName(templateName);
    if (!t || t->error() != KTextTemplate::NoError)
        return fail(ErrorCode::Server, u"页面模板 %1 无法加载：%2"_s.arg(templateName, t ? t->errorString() : QString()));
    KTextTemplate::Context c(context);
    c.setAutoEscape(true);
    const QString out = t->render(&c);
    if (t->error() != KTextTemplate::NoError)
        return fail(ErrorCode::Server, u"页面模板 %1 渲染失败：%2"_s.arg(templateName, t->errorString()));
    return out;
}

QByteArray PageRenderer::asset(const QString &name)
{
    QFile f(kAssetDir + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList PageRenderer::assetNames()
{
    return QDir(kAssetDir).entryList(QDir::Files, QDir::Name);
}

} // namespace pd::server
