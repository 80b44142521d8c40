#pragma once
#include "app/domain/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace pd::cli {

/// One file of a bulk import (an old CMS export): a metadata header of `key: value` lines, a blank line, then
/// the body as HTML or Markdown (by extension). Known keys: title, column, summary, subtitle, author, source,
/// editor (责任编辑), keywords (comma separated).
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(pd::cli::ImportFile)

public:
    /// Parses `path`; `columns` maps column names (and ids as text) to column ids.
    [[nodiscard]] static Result<QJsonObject> read(const QString &path, qint64 siteId,
                                                  const QHash<QString, qint64> &columns);
    /// The small Markdown subset old exports use: headings, paragraphs, lists, emphasis. Text is escaped.
    [[nodiscard]] static QString markdownToHtml(const QString &markdown);
};

} // namespace pd::cli
