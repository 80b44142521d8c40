// Moderation at volume on the live desk, the real plugin against a real `portald --demo`: an event with hundreds of
// comments; the moderator's list loads a page at a time as it is scrolled or walked down with J; A approves and H
// hides the current comment and the next one becomes current; the filter shows approved ones; a search narrows the
// list on the server and a new matching comment arrives over the stream.
#include "tests/support/LiveDeskDriver.h"
#include "tests/support/LiveDeskStage.h"
#include "tests/support/PortaldFixture.h"

#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/models/Workspace.h"
#include "app/store/LocalStore.h"
#include "app/sync/OutboxSync.h"
#include "plugins/host/PluginManager.h"
#include "ui/live/LivePage.h"
#include "ui/live/LivePanelHost.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString Password = u"portaldesk-demo"_s;
constexpr int kPending = 250;
constexpr int kApproved = 10;
constexpr int kPage = 50; // LiveCommentQueue::PageSize
constexpr int IdRole = Qt::UserRole + 2;

/// The moderator's hint that more comments wait below, as the desk shows it.
QString moreBelow()
{
    return QCoreApplication::translate("pd::livebroadcast::ModeratorWidget", "more below");
}

/// One moderator at the desk (tests/support's LiveDeskDriver) with the build tree's plugins.
struct Desk : pd::test::LiveDeskDriver {
    explicit Desk(QSettings &s) : LiveDeskDriver(s) {}

    bool signIn(const QUrl &server, const QString &user, const QString &dbPath)
    {
        const auto plugins = installedPlugins(QStringLiteral(PD_PLUGIN_DIR));
        return LiveDeskDriver::signIn(server, user)
               && open(dbPath, plugins, {.quickOutbox = false, .loadPlugins = true}) && panel() != nullptr;
    }

    /// The live broadcast desk among the plugin panels (the interview desk is built into the same directory).
    QWidget *panel() const
    {
        if (!page)
            return nullptr;
        for (QWidget *p : page->panels())
            if (p->findChild<QListWidget *>(QStringLiteral("moderatorList")))
                return p;
        return nullptr;
    }
    template <typename T>
    T *find(const QString &name) const
    {
        return panel() ? panel()->findChild<T *>(name) : nullptr;
    }
};

} // namespace

class tst_LiveModeration : public QObject
{
    Q_OBJECT

private:
    pd::test::LiveDeskStage m_stage;
    pd::test::HttpProbe &m_http = m_stage.portal.http();
    QString m_moderator;
    qint64 m_event = 0;
    int m_metroPending = 0;

    QJsonObject comment(qint64 id)
    {
        // Newest first: the comment is on the first pages of every comment of the event.
        QString cursor;
        for (int page = 0; page < 10; ++page) {
            const auto r = m_http.json("GET", m_stage.portal.url(u"/api/v1/live/events/%1/comments?limit=200%2"_s.arg(m_event).arg(
                                                  cursor.isEmpty() ? QString() : u"&cursor="_s + cursor)),
                                       m_moderator);
            for (const QJsonValue &v : r.json.object().value(u"items"_s).toArray())
                if (v.toObject().value(u"id"_s).toInteger() == id)
                    return v.toObject();
            cursor = r.json.object().value(u"nextCursor"_s).toString();
            if (cursor.isEmpty())
                break;
        }
        return {};
    }

    static int rowWith(QListWidget *list, const QString &part)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text().contains(part))
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_stage.start(pd::test::LiveDeskStage::Link::Direct);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        m_moderator = m_http.login(m_stage.portal.baseUrl(), u"moderator"_s, Password);
        const auto started = m_stage.portal.startLiveEvent({{u"title"_s, u"网友留言审核"_s}});
        QVERIFY2(started.status == 200, m_stage.portal.failure());
        m_event = started.json.object().value(u"id"_s).toInteger();

        // An interview's message board, stored beside portald in one transaction: the oldest ten approved already,
        // one pending message in ten about the metro.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"beside"_s);
        db.setDatabaseName(m_stage.portal.process().dataDir() + u"/portald.sqlite"_s);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QVERIFY(db.transaction());
        {
            QSqlQuery q(db);
            QVERIFY(q.prepare(u"INSERT INTO live_comments (event_id, state, author_name, text, address, created_at) "
                              u"VALUES (?, ?, ?, ?, '192.0.2.1', ?)"_s));
            for (int i = 1; i <= kPending + kApproved; ++i) {
                const bool approved = i <= kApproved;
                QString text = u"留言%1号"_s.arg(i, 3, 10, QChar(u'0'));
                if (!approved && i % 10 == 0) {
                    text += u"：地铁几时通车"_s;
                    ++m_metroPending;
                }
                q.addBindValue(m_event);
                q.addBindValue(approved ? u"approved"_s : u"pending"_s);
                q.addBindValue(u"网友"_s);
                q.addBindValue(text);
                q.addBindValue(QDateTime::currentMSecsSinceEpoch() + i);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
        }
        QVERIFY(db.commit());
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"beside"_s);
    }

    void pagesKeyboardFilterAndSearch()
    {
        Desk m(*m_stage.settings);
        QVERIFY(m.signIn(m_stage.portal.baseUrl(), u"moderator"_s, m_stage.dir.filePath(u"moderator.db"_s)));
        auto *chooser = m.find<QComboBox>(u"eventChooser"_s);
        QVERIFY(chooser);
        QTRY_VERIFY_WITH_TIMEOUT(chooser->findData(m_event) >= 0, 15000);
        chooser->setCurrentIndex(chooser->findData(m_event));
        Q_EMIT chooser->activated(chooser->currentIndex());
        m.find<QTabWidget>(u"liveTabs"_s)->setCurrentIndex(1);
        m.page->show();
        auto *list = m.find<QListWidget>(u"moderatorList"_s);
        QVERIFY(list);

        // The newest page first, and what is within a screen of its end; not everything.
        QTRY_VERIFY_WITH_TIMEOUT(list->count() >= kPage, 15000);
        QVERIFY(list->item(0)->text().contains(u"留言260号"_s));
        QVERIFY(list->count() < kPending && list->count() % kPage == 0);
        QVERIFY(m.find<QLabel>(u"moderatorCounts"_s)->text().contains(moreBelow()));
        // Scrolled to the end: the next page.
        int before = list->count();
        list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
        QTRY_VERIFY_WITH_TIMEOUT(list->count() > before, 15000);
        // Walked down with J past the last rows: the one after.
        QTRY_VERIFY_WITH_TIMEOUT(list->count() % kPage == 0, 15000);
        before = list->count();
        if (before < kPending) {
            list->setFocus();
            list->setCurrentRow(list->count() - 2);
            QTest::keyClick(list, Qt::Key_J);
            QTRY_VERIFY_WITH_TIMEOUT(list->count() > before, 15000);
        }
        // Every pending comment can be reached.
        for (int pages = 0; pages < kPending / kPage && list->count() < kPending; ++pages) {
            before = list->count();
            list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
            QTRY_VERIFY_WITH_TIMEOUT(list->count() > before, 15000);
        }
        QCOMPARE(list->count(), kPending);
        QVERIFY(!m.find<QLabel>(u"moderatorCounts"_s)->text().contains(moreBelow()));
        QVERIFY(list->item(list->count() - 1)->text().contains(u"留言011号"_s));

        // A approves the current comment, H hides the next, which became current; K and J move.
        list->scrollToTop();
        list->setCurrentRow(0);
        const qint64 first = list->item(0)->data(IdRole).toLongLong();
        const qint64 second = list->item(1)->data(IdRole).toLongLong();
        const qint64 third = list->item(2)->data(IdRole).toLongLong();
        QTest::keyClick(list, Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(list->item(0)->data(IdRole).toLongLong(), second, 15000);
        QCOMPARE(list->currentRow(), 0);
        QTest::keyClick(list, Qt::Key_H);
        QTRY_COMPARE_WITH_TIMEOUT(list->item(0)->data(IdRole).toLongLong(), third, 15000);
        QCOMPARE(list->currentItem()->data(IdRole).toLongLong(), third);
        QTest::keyClick(list, Qt::Key_J);
        QCOMPARE(list->currentRow(), 1);
        QTest::keyClick(list, Qt::Key_K);
        QCOMPARE(list->currentRow(), 0);
        QCOMPARE(comment(first).value(u"state"_s).toString(), u"approved"_s);
        QCOMPARE(comment(second).value(u"state"_s).toString(), u"hidden"_s);
        QCOMPARE(list->count(), kPending - 2);

        // The filter: approved comments, the one just approved among them (newest first).
        auto *filter = m.find<QComboBox>(u"commentFilter"_s);
        filter->setCurrentIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), kApproved + 1, 15000);
        QCOMPARE(list->item(0)->data(IdRole).toLongLong(), first);
        filter->setCurrentIndex(2);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, 15000);
        QCOMPARE(list->item(0)->data(IdRole).toLongLong(), second);

        // A search among the pending ones, on the server; a matching comment that arrives joins it at the top.
        filter->setCurrentIndex(0);
        auto *search = m.find<QLineEdit>(u"commentSearch"_s);
        search->setText(u"地铁"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), m_metroPending - 1, 15000); // 留言260号 was approved
        QVERIFY(rowWith(list, u"留言250号"_s) == 0);
        const auto sent = m_http.json("POST", m_stage.portal.url(u"/public/live/%1/comments"_s.arg(m_event)), {},
                                      QJsonDocument(QJsonObject{{u"text"_s, u"地铁站口能否加装电梯？"_s}}));
        QCOMPARE(sent.status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(rowWith(list, u"加装电梯"_s), 0, 15000);
        QCOMPARE(list->count(), m_metroPending);
        QVERIFY(pd::test::PortaldFixture::screenshot(m.panel(), u"live-moderator-search"_s));
    }
};

QTEST_MAIN(tst_LiveModeration)
#include "tst_live_moderation.moc"
