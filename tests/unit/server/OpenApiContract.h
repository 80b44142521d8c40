#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pd::test {

/// docs/api/openapi.yaml as the contract tests see it, through tests/contract/contract.mjs: read by a real YAML
/// parser (the `yaml` package) and recorded exchanges judged by a real JSON Schema validator (Ajv, draft 2020-12).
/// Needs PD_NODE and PD_CONTRACT_TOOL, which the build gives the contract tests.
class OpenApiContract
{
public:
    /// Reads the contract (by default $PD_SOURCE_DIR/docs/api/openapi.yaml); on failure `error()` says why.
    bool load(const QString &file = {});
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] const QJsonObject &document() const { return m_document; }

    /// What the validator made of a set of exchanges.
    struct Verdict {
        bool ran = false;   ///< false when the tool could not judge at all (`error` says why)
        QString error;
        int checked = 0;    ///< exchanges it looked at
        QStringList problems; ///< every way an exchange breaks the contract; empty when all conform
    };
    /// Writes `exchanges` (the format contract.mjs documents) to `recordFile`, kept for reading after a failure,
    /// and validates them against the loaded contract file.
    [[nodiscard]] Verdict validate(const QJsonArray &exchanges, const QString &recordFile) const;

private:
    QString m_file;
    QJsonObject m_document;
    QString m_error;
};

} // namespace pd::test
