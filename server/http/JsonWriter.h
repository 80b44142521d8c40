#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QLatin1StringView>
#include <QList>
#include <QStringView>

#include <vector>

namespace pd::server {

/// Writes compact JSON text straight into a byte array, for responses of thousands of records (the review queue):
/// building them as QJsonObjects and serialising the document cost portald most of such a request.
///
/// Besides the writing calls it is a field sink for domain::Item::writeSummary, so the list of a summary's fields
/// stays in one place.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// A key of the object being written; the next call writes its value.
    void key(QLatin1StringView name);

    void value(qint64 number);
    void value(QStringView text);
    /// The API's UTC time stamp; null when invalid.
    void value(const QDateTime &moment);
    void value(const QList<qint64> &numbers);
    void null();

    void field(QLatin1StringView name, qint64 number) { key(name); value(number); }
    void field(QLatin1StringView name, QStringView text) { key(name); value(text); }
    void field(QLatin1StringView name, const QDateTime &moment) { key(name); value(moment); }
    void field(QLatin1StringView name, const QList<qint64> &numbers) { key(name); value(numbers); }

private:
    /// A comma before every value of an array and every key of an object but the first.
    void separate();
    void string(QStringView text);

    QByteArray &m_out;
    std::vector<bool> m_first; ///< per open array or object: nothing written into it yet
    bool m_afterKey = false;
};

} // namespace pd::server
