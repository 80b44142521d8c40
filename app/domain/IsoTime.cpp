#include "app/domain/IsoTime.h"

#include "app/domain/EpochDay.h"

#include <QTimeZone>

namespace pd::domain {

namespace {

// "yyyy-MM-ddTHH:mm:ss.zzzZ"
constexpr qsizetype kApiLength = 24;

/// The value of `count` decimal digits at `at`, or -1 when one of them is not a digit.
int digits(QStringView text, qsizetype at, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[at + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

void putDigits(char16_t *out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

QDateTime IsoTime::parse(QStringView text)
{
    if (text.isEmpty())
        return {};
    if (text.size() == kApiLength && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' && text[13] == u':'
        && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const int year = digits(text, 0, 4);
        const int month = digits(text, 5, 2);
        const int day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2);
        const int minute = digits(text, 14, 2);
        const int second = digits(text, 17, 2);
        const int ms = digits(text, 20, 3);
        const QDate date(year, month, day);
        // Out-of-range fields (hour 24, second 60, a 30th of February) go to Qt, which decides what they mean.
        if (year >= 0 && date.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0
            && second < 60 && ms >= 0) {
            const qint64 msOfDay = ((hour * 60 + minute) * 60 + second) * 1000LL + ms;
            return QDateTime::fromMSecsSinceEpoch(EpochDay::toMs(date, msOfDay), QTimeZone::UTC);
        }
    }
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

QString IsoTime::format(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const auto [date, inDay] = EpochDay::split(moment.toMSecsSinceEpoch());
    if (date.year() < 1 || date.year() > 9999)
        return moment.toUTC().toString(Qt::ISODateWithMs);
    QString out(kApiLength, Qt::Uninitialized);
    auto *p = reinterpret_cast<char16_t *>(out.data());
    putDigits(p, date.year(), 4);
    p[4] = u'-';
    putDigits(p + 5, date.month(), 2);
    p[7] = u'-';
    putDigits(p + 8, date.day(), 2);
    p[10] = u'T';
    putDigits(p + 11, inDay / 3'600'000, 2);
    p[13] = u':';
    putDigits(p + 14, inDay / 60'000 % 60, 2);
    p[16] = u':';
    putDigits(p + 17, inDay / 1000 % 60, 2);
    p[19] = u'.';
    putDigits(p + 20, inDay % 1000, 3);
    p[23] = u'Z';
    return out;
}

} // namespace pd::domain
