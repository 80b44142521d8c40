// The desk chooses an interview guest's photo: the live broadcast plugin's event dialog on the demo interview, in a
// Chinese desk against a real `portald --demo` behind FlakyProxy.
//  - saving the dialog without touching the photos keeps every guest's photo, also for a guest whose name was
//    corrected (the dialog sends each guest's id, so the portal does not take it for a new guest);
//  - a file that is no image, and an upload that fails on a dead link, are reported in the dialog in Chinese while
//    everything typed stays;
//  - a PNG chosen for the first guest is uploaded and becomes its photoId on saving; the other guest keeps its photo;
//  - screenshot interview-guest-photo (the dialog with both thumbnails);
//  - the sessions' times show in the desk's zone (Beijing) to the minute; an end set before its start is said in
//    Chinese and holds the dialog back; a start typed in the date-time editor reaches portald as that instant;
//    Tab runs from the sessions table through its buttons to the guests; screenshot live-event-sessions.
// The file dialog is not driven: the dialog's setGuestPhotoFile() is where it ends.
#include "tests/support/FlakyProxy.h"
#include "tests/support/LiveDeskDriver.h"
#include "tests/support/LiveDeskStage.h"
#include "tests/support/NextDialog.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/TestImage.h"

#include "plugins/host/PluginManager.h"
#include "ui/live/LivePage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The roles of the plugin's guest model (plugins/livebroadcast/LiveGuestModel.h; the plugin is not linked here).
constexpr int PhotoIdRole = Qt::UserRole + 1;
constexpr int PhotoColumn = 2;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_InterviewGuestPhoto : public QObject
{
    Q_OBJECT

private:
    pd::test::LiveDeskStage m_stage;
    std::unique_ptr<pd::test::LiveDeskDriver> m_desk; ///< the moderator's, through the proxy
    qint64 m_event = 0;

    QWidget *panel() const { return m_desk->page->panels().isEmpty() ? nullptr : m_desk->page->panels().first(); }
    QJsonArray guests() { return event().value(u"guests"_s).toArray(); }
    QJsonObject event()
    {
        return m_stage.portal.api("GET", u"/api/v1/live/events/%1"_s.arg(m_event), u"moderator"_s).json.object();
    }
    /// Opens the event dialog with 编辑…; `fill` runs in it before it is accepted.
    void editEvent(std::function<void(QDialog *)> fill)
    {
        auto *edit = panel()->findChild<QPushButton *>(u"editEvent"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(edit->isEnabled(), qPrintable(event().value(u"state"_s).toString()), 15000);
        pd::test::NextDialog::accept(std::move(fill));
        edit->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The desk runs in Beijing, whatever zone the machine has.
        qputenv("TZ", "Asia/Shanghai");
        QCOMPARE(QDateTime(QDate(2026, 12, 8), QTime(15, 0)).offsetFromUtc(), 8 * 3600);
        const QString failed = m_stage.start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const auto events = m_stage.portal.api("GET", u"/api/v1/live/events?site=%1"_s.arg(m_stage.portal.siteId()), u"moderator"_s);
        for (const QJsonValue &e : events.json.object().value(u"items"_s).toArray())
            if (e.toObject().value(u"kind"_s).toString() == u"interview")
                m_event = e.toObject().value(u"id"_s).toInteger();
        QVERIFY(m_event > 0);
        // The demo's two guests have their portraits from the start.
        QCOMPARE(guests().size(), 2);
        for (const QJsonValue &g : guests())
            QVERIFY(g.toObject().value(u"photoId"_s).toInteger() > 0);

        m_desk = std::make_unique<pd::test::LiveDeskDriver>(*m_stage.settings);
        m_desk->client.setTransferTimeout(3s);
        QVERIFY(m_desk->signIn(m_stage.proxy->url(), u"moderator"_s));
        const auto plugins = pd::test::LiveDeskDriver::installedPlugins(QStringLiteral(PD_PLUGIN_DIR));
        QVERIFY(m_desk->open(m_stage.dir.filePath(u"moderator.db"_s), plugins,
                             {.checkRules = false, .size = QSize(1366, 768), .loadPlugins = true}));
        QVERIFY(panel());
        m_desk->page->show();
        QTRY_VERIFY(pd::test::LiveDeskDriver::choose(panel()->findChild<QComboBox *>(u"eventChooser"_s), m_event));
    }

    void cleanupTestCase() { m_desk.reset(); }

    void savingKeepsEveryGuestsPhoto()
    {
        const QJsonArray before = guests();
        const QString corrected = u"方明源"_s;
        QVERIFY(before.at(1).toObject().value(u"name"_s).toString() != corrected);
        bool filled = false;
        editEvent([&](QDialog *dialog) {
            auto *view = dialog->findChild<QTableView *>(u"eventGuests"_s);
            QVERIFY(view);
            QCOMPARE(view->model()->rowCount(), 2);
            // the photos are shown, fetched through the plugin host
            QTRY_VERIFY(!view->model()->index(0, PhotoColumn).data(Qt::DecorationRole).isNull());
            QTRY_VERIFY(!view->model()->index(1, PhotoColumn).data(Qt::DecorationRole).isNull());
            // a typo in the second guest's name put right; nobody touches a photo
            QVERIFY(view->model()->setData(view->model()->index(1, 0), corrected));
            filled = true;
        });
        QTRY_VERIFY(filled);
        QTRY_COMPARE_WITH_TIMEOUT(guests().at(1).toObject().value(u"name"_s).toString(), corrected, 10000);
        const QJsonArray after = guests();
        QCOMPARE(after.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after.at(i).toObject().value(u"photoId"_s), before.at(i).toObject().value(u"photoId"_s));
            QCOMPARE(after.at(i).toObject().value(u"id"_s), before.at(i).toObject().value(u"id"_s));
        }
    }

    void aChosenPhotoBecomesTheGuestsPhoto()
    {
        const QJsonArray before = guests();
        const QString notAnImage = m_stage.dir.filePath(u"嘉宾简历.png"_s);
        QVERIFY(writeFile(notAnImage, "这不是图片，是一段文字。"_ba));
        const QString portrait = m_stage.dir.filePath(u"guest-portrait.png"_s);
        QVERIFY(writeFile(portrait, pd::test::TestImage::filled(qRgb(52, 101, 164), 600, 800)));
        const QString venue = u"临江广播电视台二号演播室"_s;
        qint64 chosen = 0;
        bool filled = false;
        editEvent([&](QDialog *dialog) {
            auto *view = dialog->findChild<QTableView *>(u"eventGuests"_s);
            auto *problem = dialog->findChild<QLabel *>(u"guestPhotoProblem"_s);
            QVERIFY(view && problem && dialog->findChild<QPushButton *>(u"guestChoosePhoto"_s));
            QTRY_VERIFY(!view->model()->index(0, PhotoColumn).data(Qt::DecorationRole).isNull());
            QTRY_VERIFY(!view->model()->index(1, PhotoColumn).data(Qt::DecorationRole).isNull());
            dialog->findChild<QLineEdit *>(u"eventVenue"_s)->setText(venue);
            view->setCurrentIndex(view->model()->index(0, 0));
            // from the guests, Tab reaches 选择照片… after 添加 and 删除
            view->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), view);
            for (const QString &next : {u"guestAdd"_s, u"guestRemove"_s, u"guestChoosePhoto"_s, u"guestRemovePhoto"_s}) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QTRY_COMPARE(QApplication::focusWidget()->objectName(), next);
            }

            // not an image: said in Chinese, the venue typed and the photo as they were
            QVERIFY(QMetaObject::invokeMethod(dialog, "setGuestPhotoFile", Q_ARG(int, 0), Q_ARG(QString, notAnImage)));
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(u"嘉宾简历.png"_s) && problem->text().contains(u"不能作为嘉宾照片"_s),
                     qPrintable(problem->text()));
            QCOMPARE(dialog->findChild<QLineEdit *>(u"eventVenue"_s)->text(), venue);

            // the link down while the photo goes up: the upload fails with a reason, and nothing else is lost
            m_stage.proxy->setDown(true);
            QVERIFY(QMetaObject::invokeMethod(dialog, "setGuestPhotoFile", Q_ARG(int, 0), Q_ARG(QString, portrait)));
            QVERIFY(!problem->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 15000);
            QVERIFY2(problem->text().contains(u"未能上传"_s), qPrintable(problem->text()));
            QCOMPARE(view->model()->index(0, 0).data(PhotoIdRole), before.at(0).toObject().value(u"photoId"_s).toVariant());
            QCOMPARE(dialog->findChild<QLineEdit *>(u"eventVenue"_s)->text(), venue);
            m_stage.proxy->setDown(false);

            // with the link back, the same photo goes up; the dialog cannot be saved before it has arrived
            QVERIFY(QMetaObject::invokeMethod(dialog, "setGuestPhotoFile", Q_ARG(int, 0), Q_ARG(QString, portrait)));
            QTRY_VERIFY_WITH_TIMEOUT(view->model()->index(0, 0).data(PhotoIdRole).toLongLong()
                                         != before.at(0).toObject().value(u"photoId"_s).toInteger(),
                                     15000);
            QVERIFY(!problem->isVisible());
            chosen = view->model()->index(0, 0).data(PhotoIdRole).toLongLong();
            QVERIFY(!view->model()->index(1, PhotoColumn).data(Qt::DecorationRole).isNull());
            QVERIFY(!view->model()->index(0, PhotoColumn).data(Qt::DecorationRole).isNull());
            QCOMPARE(view->model()->index(0, PhotoColumn).data().toString(), u"新照片"_s);
            QVERIFY(pd::test::PortaldFixture::screenshot(dialog, u"interview-guest-photo"_s)
                    || qEnvironmentVariableIsEmpty("PD_SCREENSHOT_DIR"));
            filled = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(filled, 40000);
        QVERIFY(chosen > 0);
        QTRY_COMPARE_WITH_TIMEOUT(guests().at(0).toObject().value(u"photoId"_s).toInteger(), chosen, 10000);
        const QJsonObject saved = event();
        QCOMPARE(saved.value(u"venue"_s).toString(), venue);
        const QJsonArray after = saved.value(u"guests"_s).toArray();
        QCOMPARE(after.at(1).toObject().value(u"photoId"_s), before.at(1).toObject().value(u"photoId"_s));
        // the uploaded media is what the guest's photo URL serves: an image
        const QString url = after.at(0).toObject().value(u"photoUrl"_s).toString();
        QVERIFY(url.startsWith(u"/media/%1/"_s.arg(chosen)));
        const auto photo = m_stage.portal.http().request("GET", m_stage.portal.url(url));
        QCOMPARE(photo.status, 200);
        QImage image;
        QVERIFY(image.loadFromData(photo.body));
        QCOMPARE(image.size(), QSize(600, 800));
    }

    void sessionTimesAreEditedInBeijingTime()
    {
        const QTimeZone beijing(QByteArrayLiteral("Asia/Shanghai"));
        const auto sessionTime = [this](const char *key) {
            const QJsonObject first = event().value(u"sessions"_s).toArray().first().toObject();
            return QDateTime::fromString(first.value(QLatin1StringView(key)).toString(), Qt::ISODateWithMs);
        };
        const QDateTime start = sessionTime("startsAt");
        const QDateTime end = sessionTime("endsAt");
        QVERIFY(start.isValid() && end.isValid() && start.toTimeZone(beijing).time().minute() < 30);
        // ten past the hour the session starts at, typed into the editor's minutes
        const QDateTime local = start.toTimeZone(beijing);
        const QDateTime edited(local.date(), QTime(local.time().hour(), 10), beijing);
        bool filled = false;
        editEvent([&](QDialog *dialog) {
            auto *sessions = dialog->findChild<QTableWidget *>(u"eventSessions"_s);
            QVERIFY(sessions);
            QCOMPARE(sessions->item(0, 1)->text(), local.toString(u"yyyy-MM-dd HH:mm"_s));
            QCOMPARE(sessions->item(0, 2)->text(), end.toTimeZone(beijing).toString(u"yyyy-MM-dd HH:mm"_s));
            auto *problem = dialog->findChild<QLabel *>(u"sessionTimeProblem"_s);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(problem && ok);
            QVERIFY(!problem->isVisible());
            auto *guests = dialog->findChild<QTableView *>(u"eventGuests"_s);
            QTRY_VERIFY(!guests->model()->index(0, PhotoColumn).data(Qt::DecorationRole).isNull());
            QTRY_VERIFY(!guests->model()->index(1, PhotoColumn).data(Qt::DecorationRole).isNull());

            // Tab from the table goes through its buttons, then the team buttons, then the guests
            sessions->setFocus();
            QTRY_COMPARE(QApplication::focusWidget(), sessions);
            for (const QString &next : {u"sessionAdd"_s, u"sessionRemove"_s, u"sessionReporters"_s,
                                        u"sessionModerators"_s, u"eventGuests"_s}) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QTRY_COMPARE(QApplication::focusWidget()->objectName(), next);
            }

            // an end an hour before the start: said in Chinese, and OK waits
            const auto editTime = [&](int column, const std::function<void(QDateTimeEdit *)> &type) {
                sessions->setCurrentCell(0, column);
                sessions->editItem(sessions->item(0, column));
                QDateTimeEdit *editor = nullptr;
                QTRY_VERIFY((editor = sessions->findChild<QDateTimeEdit *>(u"sessionTimeEdit"_s)) != nullptr);
                QVERIFY(editor->calendarPopup());
                type(editor);
                QTest::keyClick(editor, Qt::Key_Return);
                QTRY_VERIFY(!sessions->findChild<QDateTimeEdit *>(u"sessionTimeEdit"_s));
            };
            editTime(2, [&](QDateTimeEdit *editor) { editor->setDateTime(local.addSecs(-3600)); });
            QTRY_VERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(u"结束时间早于开始时间"_s), qPrintable(problem->text()));
            QVERIFY(!ok->isEnabled());
            QVERIFY(pd::test::PortaldFixture::screenshot(dialog, u"live-event-sessions"_s)
                    || qEnvironmentVariableIsEmpty("PD_SCREENSHOT_DIR"));
            editTime(2, [&](QDateTimeEdit *editor) { editor->setDateTime(end.toTimeZone(beijing)); });
            QTRY_VERIFY(!problem->isVisible());
            QVERIFY(ok->isEnabled());

            // the start's minutes typed on the keyboard
            editTime(1, [&](QDateTimeEdit *editor) {
                editor->setFocus();
                editor->setSelectedSection(QDateTimeEdit::MinuteSection);
                QTest::keyClicks(editor, u"10"_s);
                QCOMPARE(editor->dateTime(), edited);
            });
            QCOMPARE(sessions->item(0, 1)->text(), edited.toString(u"yyyy-MM-dd HH:mm"_s));
            filled = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(filled, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(sessionTime("startsAt"), edited, 10000);
        QCOMPARE(sessionTime("endsAt"), end);
    }

    void aSessionTimeIsTakenAwayWithDelete()
    {
        const auto firstSession = [this] { return event().value(u"sessions"_s).toArray().first().toObject(); };
        QVERIFY(firstSession().contains(u"endsAt"_s));
        const QString startsAt = firstSession().value(u"startsAt"_s).toString();
        bool cleared = false;
        editEvent([&](QDialog *dialog) {
            auto *sessions = dialog->findChild<QTableWidget *>(u"eventSessions"_s);
            QVERIFY(sessions);
            QVERIFY(!sessions->item(0, 2)->text().isEmpty());
            sessions->setFocus();
            sessions->setCurrentCell(0, 2);
            QTRY_COMPARE(QApplication::focusWidget(), sessions);
            QTest::keyClick(sessions, Qt::Key_Delete);
            QCOMPARE(sessions->item(0, 2)->text(), QString());
            // the start stays; a session with a start and no end is a whole one
            QVERIFY(!sessions->item(0, 1)->text().isEmpty());
            QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
            cleared = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(cleared, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!firstSession().contains(u"endsAt"_s), 10000);
        QCOMPARE(firstSession().value(u"startsAt"_s).toString(), startsAt);
    }
};

QTEST_MAIN(tst_InterviewGuestPhoto)
#include "tst_interview_guest_photo.moc"
