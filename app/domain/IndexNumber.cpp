#include "app/domain/IndexNumber.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {

// GB 32100-2015: 31 characters, the letters I, O, S, V and Z are never used (they read like digits).
constexpr QStringView kCreditAlphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kCreditWeights{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
// GB 11714-1997
constexpr std::array<int, 8> kOrgWeights{3, 7, 9, 10, 5, 8, 4, 2};
// First character of a credit code: the registering authority (1 机构编制, 5 民政, 9 工商, Y 其他 …).
constexpr QStringView kRegistrars = u"123456789ABCDEFGY";

std::unexpected<Error> invalid(const QString &field, const QString &message)
{
    Error e = Error::make(ErrorCode::Validation, message);
    e.fields.append(FieldError{field, message});
    return std::unexpected(std::move(e));
}

int orgCharValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'A' && c <= u'Z')
        return c.unicode() - u'A' + 10;
    return -1;
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::ranges::all_of(s, [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString IndexNumber::format(QStringView orgCode, int year, int sequence)
{
    return u"%1/%2-%3"_s.arg(orgCode).arg(year, 4, 10, QChar(u'0')).arg(sequence, 5, 10, QChar(u'0'));
}

QChar IndexNumber::creditCodeCheckChar(QStringView first17)
{
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const qsizetype v = kCreditAlphabet.indexOf(first17.at(i));
        if (v < 0)
            return QChar();
        sum += int(v) * kCreditWeights.at(size_t(i));
    }
    return kCreditAlphabet.at((31 - sum % 31) % 31);
}

QChar IndexNumber::orgCodeCheckChar(QStringView first8)
{
    if (first8.size() != 8)
        return QChar();
    int sum = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const int v = orgCharValue(first8.at(i));
        if (v < 0)
            return QChar();
        sum += v * kOrgWeights.at(size_t(i));
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QChar(u'X');
    if (check == 11)
        return QChar(u'0');
    return QChar(char16_t(u'0' + check));
}

Result<void> IndexNumber::validateOrgCode(QStringView code)
{
    const QString field = u"orgCode"_s;
    if (code.size() == 18) {
        if (!kRegistrars.contains(code.at(0)) || !(allDigits(code.mid(1, 1)) || code.at(1) == u'Y'))
            return invalid(field, QCoreApplication::translate(
                                      "pd::domain", "The credit code starts with an unknown registrar or category."));
        if (!allDigits(code.mid(2, 6)))
            return invalid(field, QCoreApplication::translate(
                                      "pd::domain", "Characters 3 to 8 of a credit code are the region code digits."));
        const QChar expected = creditCodeCheckChar(code.first(17));
        if (expected.isNull())
            return invalid(field, QCoreApplication::translate("pd::domain",
                                                              "The credit code contains characters it cannot have."));
        if (code.at(17) != expected)
            return invalid(field, QCoreApplication::translate(
                                      "pd::domain", "The credit code's check character is wrong; check for a typo."));
        // Characters 9-17 are the organisation's GB 11714 code with its own check character.
        if (orgCodeCheckChar(code.mid(8, 8)) != code.at(16))
            return invalid(field, QCoreApplication::translate(
                                      "pd::domain", "The organisation code inside the credit code is inconsistent."));
        return {};
    }
    if (code.size() == 9) {
        const QChar expected = orgCodeCheckChar(code.first(8));
        if (expected.isNull())
            return invalid(field, QCoreApplication::translate(
                                      "pd::domain", "An organisation code has digits and capital letters only."));
        if (code.at(8) != expected)
            return invalid(field, QCoreApplication::translate(
                                      "pd::domain", "The organisation code's check character is wrong; check for a typo."));
        return {};
    }
    return invalid(field, QCoreApplication::translate("pd::domain",
                                                      "An organisation code has 18 characters (unified social credit "
                                                      "code) or 9 characters (legacy code)."));
}

Result<IndexNumber> IndexNumber::parse(QStringView text)
{
    const QString field = u"indexNo"_s;
    const auto bad = [&] {
        return invalid(field, QCoreApplication::translate("pd::domain",
                                                          "An index number looks like <org code>/<year>-<5-digit number>."));
    };
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0)
        return bad();
    const QStringView org = text.first(slash);
    const QStringView rest = text.sliced(slash + 1);
    if (rest.size() < 10 || rest.at(4) != u'-')
        return bad();
    const QStringView yearText = rest.first(4);
    const QStringView seqText = rest.sliced(5);
    if (!allDigits(yearText) || !allDigits(seqText) || seqText.size() < 5 || seqText.size() > 9)
        return bad();
    IndexNumber n;
    n.orgCode = org.toString();
    n.year = yearText.toInt();
    n.sequence = seqText.toInt();
    if (n.year < 1949 || n.sequence < 1)
        return bad();
    if (Result<void> r = validateOrgCode(org); !r) {
        Error e = r.error();
        for (FieldError &f : e.fields)
            f.field = field;
        return std::unexpected(std::move(e));
    }
    return n;
}

} // namespace pd::domain
