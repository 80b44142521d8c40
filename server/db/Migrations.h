#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::server {

/// One schema step. Statements use SqlDialect tokens; a `sqlite:` / `postgresql:` prefix limits one to a dialect.
struct Migration {
    int version = 0;
    QString description;
    QStringList statements;
};

/// Every schema step in order; append new ones, never edit a released one.
[[nodiscard]] QList<Migration> schemaMigrations();

} // namespace pd::server
