#include "server/seed/DemoSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pd::server {

DemoSource::DemoSource(QString explicitDir)
{
    QStringList candidates;
    if (!explicitDir.isEmpty())
        candidates << explicitDir;
    else {
        const QString env = qEnvironmentVariable("PORTALD_DEMO_DIR");
        if (!env.isEmpty())
            candidates << env;
        candidates << u":/demo"_s;
        if (QCoreApplication::instance())
            candidates << QCoreApplication::applicationDirPath() + u"/../share/portaldesk/demo"_s;
    }
    for (const QString &dir : std::as_const(candidates)) {
        if (QFileInfo::exists(dir + u"/site.json"_s)) {
            m_dir = dir;
            break;
        }
    }
}

bool DemoSource::hasFile(const QString &name) const
{
    return !m_dir.isEmpty() && QFileInfo::exists(m_dir + u'/' + name);
}

Result<QJsonDocument> DemoSource::read(const QString &name) const
{
    if (m_dir.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    u"找不到演示数据 site.json：resources/demo/ 尚无演示内容，或用 --demo-dir 指定目录"_s);
    QFile file(m_dir + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput, u"无法读取演示数据 %1：%2"_s.arg(file.fileName(), file.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput,
                    u"演示数据 %1 不是有效的 JSON（偏移 %2）：%3"_s.arg(name).arg(error.offset).arg(error.errorString()));
    return doc;
}

} // namespace pd::server
