#include "server/config/ConfigFile.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

// Options that take no value: "true"/"false" in the file decides whether the switch is given.
bool isSwitch(const QString &key)
{
    return key == u"demo"_s || key == u"demo-public"_s || key == u"sweep-external-links"_s;
}

// Options that may be given several times, each line one more value (the command line's values are added to them).
bool isRepeatable(const QString &key)
{
    return key == u"trusted-proxy"_s || key == u"sweep-external-only"_s;
}

} // namespace

QStringList ConfigFile::allowedKeys()
{
    return {u"listen"_s, u"data"_s, u"database"_s, u"webroot"_s, u"working-calendar"_s, u"demo"_s, u"demo-public"_s,
            u"demo-dir"_s, u"trusted-proxy"_s, u"stream-connections-per-address"_s, u"stale-margins"_s,
            u"nchan-publish"_s, u"public-stream-url"_s,
            // Sweeps and their link checks: how hard they may work beside the API, and the inspection's lines.
            u"sweep-batch"_s, u"sweep-pause-ms"_s, u"sweep-slice-ms"_s, u"sweep-external-links"_s,
            u"sweep-external-only"_s, u"link-timeout-ms"_s, u"link-max-redirects"_s, u"link-per-host"_s,
            u"link-concurrency"_s, u"link-host-gap-ms"_s, u"dead-link-limit"_s};
}

Result<QList<ConfigFile::Entry>> ConfigFile::parse(const QString &text, const QString &source)
{
    QList<Entry> entries;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return fail(ErrorCode::InvalidInput, u"%1 第 %2 行：需要 “名称 = 值” 的形式"_s.arg(source).arg(lineNo));
        Entry e;
        e.key = line.left(eq).trimmed();
        e.value = line.mid(eq + 1).trimmed();
        e.line = lineNo;
        // Quotes are optional; they allow a value with leading or trailing spaces.
        if (e.value.size() >= 2 && e.value.startsWith(u'"') && e.value.endsWith(u'"'))
            e.value = e.value.mid(1, e.value.size() - 2);
        if (!allowedKeys().contains(e.key))
            return fail(ErrorCode::InvalidInput, u"%1 第 %2 行：未知的设置 “%3”（可用：%4）"_s.arg(source).arg(lineNo).arg(
                                                     e.key, allowedKeys().join(u", "_s)));
        if (isSwitch(e.key) && e.value != u"true"_s && e.value != u"false"_s)
            return fail(ErrorCode::InvalidInput,
                        u"%1 第 %2 行：%3 只能是 true 或 false"_s.arg(source).arg(lineNo).arg(e.key));
        if (!isSwitch(e.key) && e.value.isEmpty())
            return fail(ErrorCode::InvalidInput, u"%1 第 %2 行：%3 缺少值"_s.arg(source).arg(lineNo).arg(e.key));
        const bool repeated = std::ranges::any_of(entries, [&](const Entry &other) { return other.key == e.key; });
        if (repeated && !isRepeatable(e.key))
            return fail(ErrorCode::InvalidInput, u"%1 第 %2 行：%3 重复设置"_s.arg(source).arg(lineNo).arg(e.key));
        entries.append(e);
    }
    return entries;
}

Result<QList<ConfigFile::Entry>> ConfigFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, u"无法读取配置文件 %1：%2"_s.arg(path, file.errorString()));
    return parse(QString::fromUtf8(file.readAll()), path);
}

Result<QStringList> ConfigFile::expandArguments(const QStringList &arguments)
{
    QString path;
    bool found = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--"_s)
            break;
        if (a == u"--config"_s || a == u"-config"_s) {
            if (i + 1 >= arguments.size())
                return fail(ErrorCode::InvalidInput, u"--config 需要一个文件名"_s);
            path = arguments.at(i + 1);
            found = true;
            ++i;
        } else if (a.startsWith(u"--config="_s)) {
            path = a.mid(9);
            found = true;
        }
    }
    if (!found)
        return arguments;
    if (path.isEmpty())
        return fail(ErrorCode::InvalidInput, u"--config 需要一个文件名"_s);

    auto entries = read(path);
    if (!entries)
        return std::unexpected(entries.error());
    QStringList fromFile;
    for (const Entry &e : std::as_const(*entries)) {
        if (isSwitch(e.key)) {
            if (e.value == u"true"_s)
                fromFile << u"--"_s + e.key;
        } else {
            fromFile << u"--"_s + e.key << e.value;
        }
    }
    QStringList expanded = arguments.mid(0, 1);
    expanded << fromFile << arguments.mid(1);
    return expanded;
}

} // namespace pd::server
