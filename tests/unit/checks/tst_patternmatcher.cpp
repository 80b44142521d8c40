#include "app/checks/PatternMatcher.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::checks;

namespace {

// The obvious quadratic search, to compare the automaton against.
QList<PatternMatcher::Match> naive(const QList<QString> &patterns, QStringView text)
{
    QList<PatternMatcher::Match> out;
    for (qsizetype end = 1; end <= text.size(); ++end) {
        // Same order as the automaton reports: by end position, longest pattern first, then pattern index.
        QList<PatternMatcher::Match> here;
        for (qsizetype p = 0; p < patterns.size(); ++p) {
            const QString &pat = patterns.at(p);
            if (!pat.isEmpty() && pat.size() <= end && text.sliced(end - pat.size(), pat.size()) == pat)
                here.append({int(p), end - pat.size(), pat.size()});
        }
        out.append(here);
    }
    return out;
}

auto sorted(QList<PatternMatcher::Match> m)
{
    std::ranges::sort(m, [](const auto &a, const auto &b) {
        return std::tie(a.start, a.length, a.pattern) < std::tie(b.start, b.length, b.pattern);
    });
    return m;
}

} // namespace

class tst_PatternMatcher : public QObject
{
    Q_OBJECT

private slots:
    void classicExample()
    {
        const PatternMatcher m({u"he"_s, u"she"_s, u"his"_s, u"hers"_s});
        const QList<PatternMatcher::Match> found = m.findAll(u"ushers");
        QCOMPARE(sorted(found), sorted({{1, 1, 3}, {0, 2, 2}, {3, 2, 4}}));
    }

    void chineseOverlaps()
    {
        const QList<QString> patterns{u"截止目前"_s, u"目前"_s, u"止目"_s, u"截止"_s};
        const PatternMatcher m(patterns);
        const QString text = u"截止目前，全市截止日期"_s;
        QCOMPARE(sorted(m.findAll(text)), sorted(naive(patterns, text)));
        QCOMPARE(m.findAll(text).size(), 5);
    }

    void duplicatesAndEmpty()
    {
        const PatternMatcher m({u"按装"_s, QString(), u"按装"_s});
        QCOMPARE(m.patternCount(), 3);
        QCOMPARE(sorted(m.findAll(u"请按装说明")), sorted({{0, 1, 2}, {2, 1, 2}}));
        QVERIFY(PatternMatcher().findAll(u"任何文字").isEmpty());
        QVERIFY(m.findAll(u"").isEmpty());
    }

    void surrogatePairs()
    {
        const QString rare = QString::fromUcs4(U"\U00020BB7", 1); // 𠮷, outside the BMP
        const PatternMatcher m({rare + u"野家"_s});
        const QString text = u"在"_s + rare + u"野家吃饭"_s;
        QCOMPARE(m.findAll(text), (QList<PatternMatcher::Match>{{0, 1, 4}}));
    }

    void randomAgainstNaive()
    {
        // Small alphabet so patterns overlap and failure links get exercised hard.
        QRandomGenerator rng(20261123);
        const QString alphabet = u"政务公开办"_s;
        auto randomString = [&](int maxLen) {
            QString s;
            const int len = 1 + int(rng.bounded(maxLen));
            for (int i = 0; i < len; ++i)
                s.append(alphabet.at(rng.bounded(alphabet.size())));
            return s;
        };
        for (int round = 0; round < 50; ++round) {
            QList<QString> patterns;
            for (int i = 0; i < 30; ++i)
                patterns.append(randomString(5));
            const QString text = randomString(300);
            const PatternMatcher m(patterns);
            QCOMPARE(sorted(m.findAll(text)), sorted(naive(patterns, text)));
        }
    }

    void wideStatesAgainstNaive()
    {
        // A larger alphabet and many patterns: the root's children and their children get dozens of edges each,
        // so the lookup of wide states (a hash table rather than a scan) is what is being compared here.
        QRandomGenerator rng(20261124);
        const QString alphabet = u"临江市人民政府办公室关于印发城市更新行动方案的通知各区县部门单位加强组织领导"_s;
        auto randomString = [&](int minLen, int maxLen) {
            QString s;
            const int len = minLen + int(rng.bounded(maxLen - minLen + 1));
            for (int i = 0; i < len; ++i)
                s.append(alphabet.at(rng.bounded(alphabet.size())));
            return s;
        };
        for (int round = 0; round < 10; ++round) {
            QList<QString> patterns;
            for (int i = 0; i < 600; ++i)
                patterns.append(randomString(1, 4));
            const QString text = randomString(2000, 2000);
            const PatternMatcher m(patterns);
            const auto found = m.findAll(text);
            QVERIFY(found.size() > 1000);
            QCOMPARE(sorted(found), sorted(naive(patterns, text)));
        }
    }
};

QTEST_GUILESS_MAIN(tst_PatternMatcher)
#include "tst_patternmatcher.moc"
