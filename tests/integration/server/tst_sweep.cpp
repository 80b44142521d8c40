// Whole-site content sweeps on a real demo portald: a rule added after items went out finds exactly those items;
// progress is reported, a second start is refused while one runs, a portald killed mid-sweep resumes where it
// stopped without recording anything twice, a sweep can be cancelled, and findings are settled — ignored only
// with a reason, fixed only once a re-check passes — each in the audit log.
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::DemoWorkflow;
using pd::test::HttpProbe;
using pd::test::PortaldFixture;

namespace {
const QString kWord = u"巡检测试词"_s;
using Headers = QList<QPair<QByteArray, QByteArray>>;
} // namespace

class tst_Sweep : public QObject
{
    Q_OBJECT

private:
    // Slow on purpose (five items a turn, a rest of 40 ms): the sweep is still running when the test looks.
    PortaldFixture m_portal{{u"--demo"_s, u"--sweep-batch"_s, u"5"_s, u"--sweep-pause-ms"_s, u"40"_s}};
    qint64 m_site = 0;
    QList<qint64> m_marked; ///< published items carrying the word
    QString m_ruleId;
    qint64 m_sweep = 0;

    QJsonObject sweep(qint64 id) { return m_portal.call(u"editor"_s, "GET", u"/api/v1/sweeps/%1"_s.arg(id)).json.object(); }
    QList<QJsonObject> findingsOfRule(qint64 sweepId)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v :
             m_portal.call(u"editor"_s, "GET", u"/api/v1/sweeps/%1/findings"_s.arg(sweepId)).json.object().value(u"items").toArray())
            if (v.toObject().value(u"ruleId").toString() == m_ruleId)
                out.append(v.toObject());
        return out;
    }
    QList<QJsonObject> audit(const QString &resource)
    {
        QList<QJsonObject> out;
        const auto r = m_portal.call(u"admin"_s, "GET", u"/api/v1/audit?resource=%1"_s.arg(resource));
        for (const QJsonValue &v : r.json.object().value(u"entries").toArray())
            out.append(v.toObject());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_site = m_portal.siteId();
        QVERIFY2(m_site > 0, m_portal.failure());
        DemoWorkflow flow = m_portal.workflow();
        const qint64 column = flow.columnNamed(u"要闻动态"_s);
        for (int i = 1; i <= 2; ++i) {
            const qint64 id = flow.publishNews(column, u"%1第%2次出现在标题里"_s.arg(kWord).arg(i), u"摘要"_s);
            QVERIFY(id > 0);
            m_marked.append(id);
        }
        // The rule arrives after the items went out: only a sweep finds them.
        const auto rule = m_portal.call(u"admin"_s, "POST", u"/api/v1/checks/rules?site=%1"_s.arg(m_site),
                               {{u"pattern"_s, kWord}, {u"kind"_s, u"wording"_s}, {u"severity"_s, u"warn"_s}});
        QCOMPARE(rule.status, 201);
        m_ruleId = rule.json.object().value(u"rule").toObject().value(u"id").toString();
        QVERIFY(!m_ruleId.isEmpty());
    }

    void startedTwiceIsRefused()
    {
        const auto first = m_portal.call(u"editor"_s, "POST", u"/api/v1/sites/%1/sweeps"_s.arg(m_site));
        QCOMPARE(first.status, 202);
        m_sweep = first.json.object().value(u"id").toInteger();
        QCOMPARE(first.json.object().value(u"state").toString(), u"running"_s);
        QVERIFY(first.json.object().value(u"total").toInt() > 100);
        const auto second = m_portal.call(u"reviewer3"_s, "POST", u"/api/v1/sites/%1/sweeps"_s.arg(m_site));
        QCOMPARE(second.status, 409);
        QVERIFY(second.json.object().value(u"detail").toString().contains(QString::number(m_sweep)));
        // Reviewers who neither edit nor publish do not start sweeps.
        QCOMPARE(m_portal.call(u"reviewer1"_s, "POST", u"/api/v1/sites/%1/sweeps"_s.arg(m_site)).status, 403);
    }

    void progressIsReportedAndAKilledPortaldResumes()
    {
        QTRY_VERIFY_WITH_TIMEOUT(sweep(m_sweep).value(u"checked").toInt() >= 20, 30000);
        const int before = sweep(m_sweep).value(u"checked").toInt();
        QVERIFY(before < sweep(m_sweep).value(u"total").toInt());
        m_portal.process().kill();
        QVERIFY2(m_portal.restart(), m_portal.failure());
        const QJsonObject resumed = sweep(m_sweep);
        QCOMPARE(resumed.value(u"state").toString(), u"running"_s);
        QVERIFY(resumed.value(u"checked").toInt() >= before - 5); // at most the batch in flight is repeated
        QTRY_COMPARE_WITH_TIMEOUT(sweep(m_sweep).value(u"state").toString(), u"done"_s, 120000);
        const QJsonObject done = sweep(m_sweep);
        QCOMPARE(done.value(u"checked").toInt(), done.value(u"total").toInt());
        QVERIFY(!done.value(u"finishedAt").isNull());
    }

    void findingsAreTheSeededOnes()
    {
        const QList<QJsonObject> found = findingsOfRule(m_sweep);
        QSet<qint64> items;
        for (const QJsonObject &f : found) {
            items.insert(f.value(u"item").toInteger());
            QCOMPARE(f.value(u"field").toString(), u"title"_s);
            QCOMPARE(f.value(u"state").toString(), u"open"_s);
            QVERIFY(f.value(u"excerpt").toString().contains(kWord));
        }
        QCOMPARE(items, QSet<qint64>(m_marked.cbegin(), m_marked.cend()));
        QCOMPARE(found.size(), m_marked.size()); // once each, the restart notwithstanding
    }

    void ignoringNeedsAReasonAndIsAudited()
    {
        const QJsonObject finding = findingsOfRule(m_sweep).first();
        const QString path = u"/api/v1/sweep-findings/%1/transitions"_s.arg(finding.value(u"id").toInteger());
        const auto noReason = m_portal.call(u"editor"_s, "POST", path, {{u"action"_s, u"ignore"_s}});
        QCOMPARE(noReason.status, 422);
        QCOMPARE(noReason.json.object().value(u"errors").toArray().first().toObject().value(u"field").toString(),
                 u"reason"_s);
        const auto ignored =
            m_portal.call(u"editor"_s, "POST", path, {{u"action"_s, u"ignore"_s}, {u"reason"_s, u"引用原文，不作修改"_s}});
        QCOMPARE(ignored.status, 200);
        QCOMPARE(ignored.json.object().value(u"state").toString(), u"ignored"_s);
        QCOMPARE(ignored.json.object().value(u"reason").toString(), u"引用原文，不作修改"_s);
        bool audited = false;
        for (const QJsonObject &e : audit(u"finding"_s))
            audited = audited
                      || (e.value(u"resourceId").toString() == QString::number(finding.value(u"id").toInteger())
                          && e.value(u"action").toString() == u"ignore"_s
                          && QJsonDocument(e).toJson().contains("引用原文"));
        QVERIFY(audited);
        // The item's reviewers see the ignored finding and why.
        const auto ofItem = m_portal.call(u"reviewer1"_s, "GET",
                                 u"/api/v1/items/%1/sweep-findings?state=ignored"_s.arg(finding.value(u"item").toInteger()));
        QCOMPARE(ofItem.status, 200);
        QCOMPARE(ofItem.json.object().value(u"items").toArray().size(), 1);
        QCOMPARE(ofItem.json.object().value(u"items").toArray().first().toObject().value(u"reason").toString(),
                 u"引用原文，不作修改"_s);
        const auto open = m_portal.call(u"editor"_s, "GET", u"/api/v1/sweeps/%1/findings?state=open"_s.arg(m_sweep));
        QCOMPARE(open.status, 200);
        for (const QJsonValue &v : open.json.object().value(u"items").toArray())
            QVERIFY(v.toObject().value(u"id").toInteger() != finding.value(u"id").toInteger());
    }

    void fixingIsReChecked()
    {
        QJsonObject finding;
        for (const QJsonObject &f : findingsOfRule(m_sweep))
            if (f.value(u"state").toString() == u"open"_s)
                finding = f;
        QVERIFY(!finding.isEmpty());
        const qint64 item = finding.value(u"item").toInteger();
        const QString path = u"/api/v1/sweep-findings/%1/transitions"_s.arg(finding.value(u"id").toInteger());
        // Still in the published text: not fixed.
        QCOMPARE(m_portal.call(u"editor"_s, "POST", path, {{u"action"_s, u"fix"_s}}).status, 409);

        // The publisher corrects the title at once (紧急更正), then the re-check passes.
        auto current = m_portal.call(u"editor"_s, "GET", u"/api/v1/items/%1"_s.arg(item));
        QJsonObject edit = current.json.object();
        edit.insert(u"title"_s, u"标题已按规范修改"_s);
        const Headers match{{"If-Match", "\"" + QByteArray::number(edit.value(u"revision").toInteger()) + "\""}};
        auto put = m_portal.call(u"editor"_s, "PUT", u"/api/v1/items/%1"_s.arg(item), edit, match);
        QCOMPARE(put.status, 200);
        const Headers again{{"If-Match", "\"" + QByteArray::number(put.json.object().value(u"revision").toInteger()) + "\""}};
        const auto urgent = m_portal.call(u"reviewer3"_s, "POST", u"/api/v1/items/%1/transitions"_s.arg(item),
                                 {{u"action"_s, u"publish"_s}, {u"urgent"_s, true}, {u"comment"_s, u"巡检整改"_s}}, again);
        QCOMPARE(urgent.status, 200);
        const auto fixed = m_portal.call(u"editor"_s, "POST", path, {{u"action"_s, u"fix"_s}});
        QVERIFY2(fixed.status == 200, fixed.body.constData());
        QCOMPARE(fixed.json.object().value(u"state").toString(), u"fixed"_s);
        bool audited = false;
        for (const QJsonObject &e : audit(u"finding"_s))
            audited = audited || (e.value(u"resourceId").toString() == QString::number(finding.value(u"id").toInteger())
                                  && e.value(u"action").toString() == u"fix"_s);
        QVERIFY(audited);
        QCOMPARE(sweep(m_sweep).value(u"open").toInt(), sweep(m_sweep).value(u"findings").toInt() - 2);
    }

    void aSweepCanBeCancelled()
    {
        const auto started = m_portal.call(u"editor"_s, "POST", u"/api/v1/sites/%1/sweeps"_s.arg(m_site));
        QCOMPARE(started.status, 202);
        const qint64 id = started.json.object().value(u"id").toInteger();
        const auto cancelled = m_portal.call(u"editor"_s, "POST", u"/api/v1/sweeps/%1/cancel"_s.arg(id));
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json.object().value(u"state").toString(), u"cancelled"_s);
        const int checked = cancelled.json.object().value(u"checked").toInt();
        QVERIFY(checked < cancelled.json.object().value(u"total").toInt());
        QCOMPARE(m_portal.call(u"editor"_s, "POST", u"/api/v1/sweeps/%1/cancel"_s.arg(id)).status, 409);
        // It stays stopped (each request below gives portald's loop, and a sweep timer, turns), and a new one may start.
        QCOMPARE(sweep(id).value(u"checked").toInt(), checked);
        QCOMPARE(sweep(id).value(u"state").toString(), u"cancelled"_s);
        const auto next = m_portal.call(u"editor"_s, "POST", u"/api/v1/sites/%1/sweeps"_s.arg(m_site));
        QCOMPARE(next.status, 202);
        QCOMPARE(m_portal.call(u"editor"_s, "POST", u"/api/v1/sweeps/%1/cancel"_s.arg(next.json.object().value(u"id").toInteger()))
                     .status,
                 200);
    }
};

QTEST_GUILESS_MAIN(tst_Sweep)
#include "tst_sweep.moc"
