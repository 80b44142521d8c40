#include "server/publish/WebRoot.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <filesystem>

using namespace Qt::StringLiterals;

namespace pd::server {

WebRoot::WebRoot(QString root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

Result<void> WebRoot::ensureExists() const
{
    if (!QDir().mkpath(m_root))
        return fail(ErrorCode::Storage, u"无法创建网站目录 %1"_s.arg(m_root));
    return {};
}

bool WebRoot::isSafeRelative(QStringView relative)
{
    if (relative.isEmpty() || relative.startsWith(u'/') || relative.contains(u'\\') || relative.contains(QChar(0)))
        return false;
    for (const auto segment : relative.tokenize(u'/')) {
        if (segment.isEmpty() || segment.startsWith(u'.'))
            return false;
    }
    return true;
}

QString WebRoot::absolute(const QString &relative) const
{
    return m_root + u'/' + relative;
}

Result<bool> WebRoot::write(const QString &relative, const QByteArray &bytes) const
{
    if (!isSafeRelative(relative) && relative != VersionFile)
        return fail(ErrorCode::Storage, u"网站文件路径无效：%1"_s.arg(relative));
    const QString path = absolute(relative);
    {
        QFile existing(path);
        if (existing.size() == bytes.size() && existing.open(QIODevice::ReadOnly) && existing.readAll() == bytes)
            return false;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Storage, u"无法创建目录 %1"_s.arg(QFileInfo(path).absolutePath()));
    // Written beside the target and renamed over it, so a reader never sees half a page. No fsync (QSaveFile would
    // sync every file): the web root is derived data, re-rendered whole after a crash that left it stale.
    const QString partial = path + u".part"_s;
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        file.remove();
        return fail(ErrorCode::Storage, u"无法写入 %1：%2"_s.arg(path, file.errorString()));
    }
    file.close();
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(), QFile::encodeName(path).toStdString(), error);
    if (error) {
        QFile::remove(partial);
        return fail(ErrorCode::Storage, u"无法写入 %1：%2"_s.arg(path, QString::fromStdString(error.message())));
    }
    return true;
}

Result<bool> WebRoot::remove(const QString &relative) const
{
    if (!isSafeRelative(relative))
        return fail(ErrorCode::Storage, u"网站文件路径无效：%1"_s.arg(relative));
    QFile file(absolute(relative));
    if (!file.exists())
        return false;
    if (!file.remove())
        return fail(ErrorCode::Storage, u"无法删除 %1：%2"_s.arg(file.fileName(), file.errorString()));
    // Leave no empty directories behind (a removed feature or event would otherwise still list as a folder).
    QDir dir = QFileInfo(file.fileName()).absoluteDir();
    while (dir.absolutePath() != m_root && dir.absolutePath().startsWith(m_root) && dir.isEmpty()) {
        const QString name = dir.dirName();
        if (!dir.cdUp() || !dir.rmdir(name))
            break;
    }
    return true;
}

bool WebRoot::exists(const QString &relative) const
{
    return isSafeRelative(relative) && QFileInfo(absolute(relative)).isFile();
}

QByteArray WebRoot::read(const QString &relative) const
{
    if (!isSafeRelative(relative) && relative != VersionFile)
        return {};
    QFile file(absolute(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList WebRoot::files(const QString &subdir) const
{
    QStringList out;
    const QString base = subdir.isEmpty() ? m_root : absolute(subdir);
    QDirIterator it(base, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.append(path.mid(m_root.size() + 1));
    }
    return out;
}

} // namespace pd::server
