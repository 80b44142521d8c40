#pragma once
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace pd::test {

/// docs/api/openapi.yaml as JSON, read by a small YAML reader that knows the subset the contract is written in
/// (block mappings and sequences, flow `{}`/`[]`, quoted scalars, `|` blocks), plus a JSON Schema checker for the
/// keywords the contract uses — so tests can hold portald's real responses against the documented schemas.
class OpenApiContract
{
public:
    /// Reads and parses the file; on failure `error()` says where.
    bool load(const QString &file);
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] const QJsonObject &document() const { return m_document; }

    /// The response schema of `method path` (a concrete path such as /api/v1/items/7) for `status` and the
    /// response's media type; an empty object with `found == false` when the contract documents no such response.
    struct Lookup {
        bool found = false;
        QString operation; ///< "GET /api/v1/items/{id}"
        QJsonObject schema;
    };
    [[nodiscard]] Lookup responseSchema(const QString &method, const QString &path, int status,
                                        const QString &mediaType) const;

    /// Every way `value` breaks `schema` (empty when it conforms); `where` prefixes the messages.
    [[nodiscard]] QStringList validate(const QJsonValue &value, const QJsonObject &schema,
                                       const QString &where = QStringLiteral("$")) const;

    /// Parses YAML text of the supported subset (exposed for the reader's own test).
    [[nodiscard]] static QJsonValue parseYaml(const QString &text, QString *error);

private:
    [[nodiscard]] QJsonObject resolve(const QJsonObject &maybeRef) const;

    QJsonObject m_document;
    QString m_error;
};

} // namespace pd::test
