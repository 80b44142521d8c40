// Refresh-token rotation across two portald processes on one PostgreSQL database: when both are asked to rotate the
// same refresh token at the same moment (a client and a thief holding a copy), only one of them may hand out a new
// pair. The test holds the token's row locked until both portalds are inside their rotation, so both read the token
// as unused before either marks it — the race made certain rather than hoped for.
#include "tests/support/PortaldFixture.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class tst_TokenRotation : public QObject
{
    Q_OBJECT

private:
    QNetworkReply *refresh(const pd::test::PortaldFixture &p, const QString &token)
    {
        QNetworkRequest request(p.url(u"/api/v1/session/refresh"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        return m_nam.post(request, QJsonDocument(QJsonObject{{u"refreshToken"_s, token}}).toJson());
    }
    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    // A migrates and seeds its fresh database; B starts on that same database afterwards.
    pd::test::PortaldFixture m_a;
    pd::test::PortaldFixture m_b{m_a.sameDatabase()};
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase()
    {
        // tests/support/with-postgres provides the cluster (ctest runs this only through it).
        if (qEnvironmentVariableIsEmpty("PD_TEST_PGHOST"))
            QSKIP("needs a PostgreSQL cluster: run through tests/support/with-postgres");
        QVERIFY2(m_a.startWithSecond(m_b), m_a.failure());
    }

    void concurrentRefreshesOfOneTokenOnlyOneWins()
    {
        const auto login = m_a.api("POST", u"/api/v1/session"_s, {},
                                   QJsonDocument(QJsonObject{{u"username"_s, u"editor"_s},
                                                             {u"password"_s, pd::test::PortaldFixture::password()}}));
        QCOMPARE(login.status, 201);
        const QString token = login.json.object().value(u"refreshToken"_s).toString();
        QVERIFY(!token.isEmpty());
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());

        QSqlDatabase holder = m_a.database(u"holder"_s);
        QSqlDatabase watcher = m_a.database(u"watcher"_s);
        QVERIFY2(holder.open(), qPrintable(holder.lastError().text()));
        QVERIFY2(watcher.open(), qPrintable(watcher.lastError().text()));
        QVERIFY(holder.transaction());
        QSqlQuery lock(holder);
        QVERIFY(lock.prepare(u"SELECT hash FROM tokens WHERE hash = ? FOR UPDATE"_s));
        lock.addBindValue(hash);
        QVERIFY2(lock.exec() && lock.next(), qPrintable(lock.lastError().text()));

        std::unique_ptr<QNetworkReply> onA(refresh(m_a, token));
        std::unique_ptr<QNetworkReply> onB(refresh(m_b, token));
        // Both portalds have read the token and now wait for the row: each one's rotation is under way.
        const auto waiting = [&] {
            QSqlQuery q(watcher);
            const bool ok = q.exec(u"SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted"_s) && q.next();
            return ok ? q.value(0).toInt() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(waiting(), 2, 30000);
        QVERIFY(holder.commit());

        QTRY_VERIFY_WITH_TIMEOUT(onA->isFinished() && onB->isFinished(), 30000);
        const QList<int> statuses{status(onA.get()), status(onB.get())};
        QVERIFY2(statuses.count(200) == 1 && statuses.count(401) == 1,
                 qPrintable(u"A: %1, B: %2"_s.arg(statuses.at(0)).arg(statuses.at(1))));
        // The loser's answer says why, as the sequential reuse does.
        QNetworkReply *loser = statuses.at(0) == 401 ? onA.get() : onB.get();
        QVERIFY(QJsonDocument::fromJson(loser->readAll()).object().value(u"detail"_s).toString().contains(u"刷新令牌"_s));

        holder.close();
        watcher.close();
        holder = {};
        watcher = {};
        QSqlDatabase::removeDatabase(u"holder"_s);
        QSqlDatabase::removeDatabase(u"watcher"_s);
    }
};

QTEST_GUILESS_MAIN(tst_TokenRotation)
#include "tst_token_rotation.moc"
