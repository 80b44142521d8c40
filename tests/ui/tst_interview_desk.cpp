// The online interview desk (在线访谈) end to end: the real plugin file loaded by the 直播 page through the
// LivePanelHost, in two clients against a real `portald --demo`:
//  - the plugin built for another interface version is refused with a message naming both versions, in Chinese;
//  - netizens' questions arrive on the director's desk live; the director searches, merges a duplicate, declines
//    one with a reason and accepts and queues three by keyboard, and orders the host's queue by dragging;
//  - the host asks each (N), the typist in the second client sees it with the guest and answers with Ctrl+Enter
//    through the outbox; the public question list then holds exactly the three pairs, in order;
//  - the typist corrects one sent answer (更正) from the answered list; readers then see the corrected pair once;
//  - in a reviewed interview the reviewer approves a waiting answer by keyboard and sends one back with a reason;
//    the typist sees 待审核, then 已退回 with the reason, and readers only the approved pair;
//  - the typist sees a guest's photo, fetched through the plugin host, beside the name (the badge without one);
//  - after the end, the transcript (实录) is built and handed to the editor, holding every pair;
//  - screenshots interview-director, interview-host, interview-typist, interview-review, interview-public (headless
//    chromium).
#include "tests/browser/DevToolsPage.h"
#include "tests/support/InterviewFields.h"
#include "tests/support/LiveDeskDriver.h"
#include "tests/support/NextDialog.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/SourceAddressHttp.h"

#include "app/api/EventStream.h"
#include "app/api/PortalClient.h"
#include "app/domain/LiveApiPaths.h"
#include "app/models/Workspace.h"
#include "app/store/LocalStore.h"
#include "app/sync/OutboxSync.h"
#include "plugins/api/PanelPlugin.h"
#include "ui/live/LivePage.h"
#include "ui/live/LivePanelHost.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString PluginFile = QStringLiteral(PD_INTERVIEW_PLUGIN);

/// The interview plugin alone in a directory of its own, as PortalDesk's own (installed) plugin: the build tree's
/// plugin directory holds the live broadcast desk too, which this test is not about.
QString pluginDirectory(QTemporaryDir &dir, const QByteArray &metadataPatch = {})
{
    const QString target = dir.filePath(QFileInfo(PluginFile).fileName());
    QFile in(PluginFile);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = in.readAll();
    if (!metadataPatch.isEmpty()) {
        // The interface version Qt embedded from plugin.json (CBOR: the key as a 16-byte text, then the small
        // integer): the same plugin file claiming another version, as one built for another release would.
        const QByteArray key = QByteArray("\x70", 1) + "interfaceVersion";
        const qsizetype at = bytes.indexOf(key);
        if (at < 0 || bytes.at(at + key.size()) != char(pd::plugins::PanelPluginInterfaceVersion))
            return {};
        bytes[at + key.size()] = metadataPatch.at(0);
    }
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        return {};
    out.close();
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir.path();
}

/// One person at the desk (tests/support's LiveDeskDriver), shown, with the plugins of `plugins`.
struct Desk : pd::test::LiveDeskDriver {
    using LiveDeskDriver::LiveDeskDriver;

    bool signIn(pd::test::PortaldFixture &portal, const QString &user, const QString &dbPath, const QString &plugins)
    {
        client.setTransferTimeout(5s);
        if (!portal.signIn(workspace, user)
            || !open(dbPath, {{plugins, pd::plugins::PluginOrigin::Installed}},
                     {.checkRules = false, .loadPlugins = true}))
            return false;
        page->show();
        return panel() != nullptr;
    }

    QWidget *panel() const { return page ? page->findChild<QWidget *>(u"interviewPanel"_s) : nullptr; }
    template <typename T>
    T *find(const QString &name) const
    {
        return panel() ? panel()->findChild<T *>(name) : nullptr;
    }
    bool chooseEvent(qint64 id) const
    {
        return pd::test::LiveDeskDriver::choose(find<QComboBox>(u"interviewChooser"_s), id);
    }
    bool showRole(const QString &viewName) const
    {
        auto *roles = find<QTabWidget>(u"interviewRoles"_s);
        QWidget *view = find<QWidget>(viewName);
        if (!roles || !view || roles->indexOf(view) < 0)
            return false;
        roles->setCurrentWidget(view);
        return true;
    }
};

/// The row of `list` whose text contains `text`; -1 when none.
int rowWith(const QListWidget *list, const QString &text)
{
    for (int i = 0; list && i < list->count(); ++i)
        if (list->item(i)->text().contains(text))
            return i;
    return -1;
}

} // namespace

class tst_InterviewDesk : public QObject
{
    Q_OBJECT

private:
    pd::test::PortaldFixture m_portal;
    QTemporaryDir m_dir;
    QTemporaryDir m_pluginDir;
    QString m_plugins;
    std::unique_ptr<QSettings> m_settings;
    qint64 m_event = 0;
    QList<qint64> m_guests;
    int m_nextAddress = 10;

    /// A netizen's question from an address of its own (each has its own rate limit); the question's id.
    qint64 submit(const QString &name, const QString &text)
    {
        const QHostAddress from(u"127.0.0.%1"_s.arg(m_nextAddress++));
        const auto reply = pd::test::SourceAddressHttp::request(
            from, "POST", m_portal.url(pd::domain::LiveApiPaths::publicQuestions(m_event)),
            QJsonDocument(QJsonObject{{u"name"_s, name}, {u"text"_s, text}}).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}});
        if (reply.status != 201 && reply.status != 200) {
            qWarning().noquote() << "question ->" << reply.status << reply.body;
            return 0;
        }
        return reply.json.object().value(u"id"_s).toInteger();
    }

    /// The question as the back office sees it now.
    QJsonObject serverQuestion(qint64 id)
    {
        return m_portal.api("GET", pd::domain::LiveApiPaths::question(id), u"moderator"_s).json.object();
    }
    QString stateOf(qint64 id) { return serverQuestion(id).value(u"state"_s).toString(); }

    /// The answered pairs on the public question list, in its order, as "question → answer".
    QStringList publicPairs()
    {
        const auto reply = m_portal.api("GET", pd::domain::LiveApiPaths::publicQuestions(m_event), {});
        QStringList pairs;
        for (const QJsonValue &v : reply.json.object().value(u"pairs"_s).toArray()) {
            const QJsonObject answer = v.toObject().value(u"answer"_s).toObject();
            if (!answer.isEmpty())
                pairs.append(v.toObject().value(u"text"_s).toString() + u" → "_s + answer.value(u"text"_s).toString());
        }
        return pairs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = pd::test::LiveDeskDriver::prepareApplication(m_dir.path());
        m_plugins = pluginDirectory(m_pluginDir);
        QVERIFY(!m_plugins.isEmpty());
        QVERIFY2(m_portal.start(), m_portal.failure());

        // An interview of the demo site with a host and two guests, live.
        const auto started = m_portal.startLiveEvent(pd::test::mayorInterview(), u"moderator"_s);
        QVERIFY2(started.status == 200, m_portal.failure());
        m_event = started.json.object().value(u"id"_s).toInteger();
        for (const QJsonValue &g : started.json.object().value(u"guests"_s).toArray())
            m_guests.append(g.toObject().value(u"id"_s).toInteger());
        QCOMPARE(m_guests.size(), 2);
    }

    void pluginForAnotherInterfaceIsRefused()
    {
        QTemporaryDir dir;
        const QString plugins = pluginDirectory(dir, QByteArray(1, char(pd::plugins::PanelPluginInterfaceVersion + 1)));
        QVERIFY2(!plugins.isEmpty(), "the plugin's embedded interface version was not found");
        Desk desk(*m_settings);
        QVERIFY(!desk.signIn(m_portal, u"moderator"_s, m_dir.filePath(u"refused.db"_s), plugins));
        QVERIFY(desk.page->panels().isEmpty());
        QCOMPARE(desk.page->refusals().size(), 1);
        const QString why = desk.page->refusals().first();
        QVERIFY2(why.contains(u"在线访谈"_s), qPrintable(why));
        QVERIFY2(why.contains(u"插件接口第 %1 版"_s.arg(pd::plugins::PanelPluginInterfaceVersion + 1)), qPrintable(why));
        QVERIFY2(why.contains(u"第 %1 版"_s.arg(pd::plugins::PanelPluginInterfaceVersion)), qPrintable(why));
        auto *label = desk.page->findChild<QLabel *>(u"pluginRefusals"_s);
        QVERIFY(label && !label->isHidden());
    }

    void threeQuestionsFromTwoClientsByKeyboard()
    {
        Desk director(*m_settings);
        Desk typist(*m_settings);
        QVERIFY(director.signIn(m_portal, u"moderator"_s, m_dir.filePath(u"director.db"_s), m_plugins));
        QVERIFY(typist.signIn(m_portal, u"reporter"_s, m_dir.filePath(u"typist.db"_s), m_plugins));
        // Each starts on the role they usually have: the moderator directs, the reporter types.
        QTRY_VERIFY(director.chooseEvent(m_event));
        QTRY_VERIFY(typist.chooseEvent(m_event));
        QVERIFY(director.find<QWidget>(u"directorView"_s)->isVisible());
        QVERIFY(typist.find<QWidget>(u"typistView"_s)->isVisible());
        QVERIFY(!typist.find<QWidget>(u"directorView"_s)); // screening is the moderators'

        // Netizens ask while the desks are open: the questions arrive on the director's list live.
        const QStringList texts{u"老旧小区加装电梯的补贴什么时候能发放到位？"_s,
                                u"企业开办现在还需要跑几个窗口、几天能办完？"_s,
                                u"开办企业现在要跑几个窗口？多少天能办好？"_s,
                                u"小微企业贷款难的问题市里有什么新举措？"_s,
                                u"能不能把某某小区的物业经理电话公布一下？"_s};
        QList<qint64> ids;
        for (const QString &text : texts)
            ids.append(submit(texts.indexOf(text) == 0 ? u"城南居民"_s : QString(), text));
        QVERIFY(!ids.contains(0));
        auto *incoming = director.find<QListWidget>(u"incomingQuestions"_s);
        QTRY_COMPARE(incoming->count(), 5);

        // Search narrows the list; clearing it brings every question back.
        auto *search = director.find<QLineEdit>(u"questionSearch"_s);
        search->setText(u"窗口"_s);
        QCOMPARE(incoming->count(), 2);
        // The duplicate (the third) goes into the second: select both, the second current, M.
        incoming->clearSelection();
        incoming->item(1)->setSelected(true);
        incoming->setCurrentRow(0, QItemSelectionModel::Select);
        incoming->setFocus();
        QTest::keyClick(incoming, Qt::Key_M);
        QTRY_COMPARE(stateOf(ids.at(2)), u"merged"_s);
        QTRY_COMPARE(serverQuestion(ids.at(1)).value(u"askers"_s).toInt(), 2);
        QTRY_COMPARE(incoming->count(), 1);
        search->clear();
        QTRY_COMPARE(incoming->count(), 4);

        // D declines with a reason, asked for in a dialog and kept in the back office.
        incoming->setCurrentRow(rowWith(incoming, u"物业经理"_s));
        pd::test::NextDialog::accept([](QDialog *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            QVERIFY(input);
            input->setTextValue(u"涉及个人信息，不宜公开"_s);
        });
        QTest::keyClick(incoming, Qt::Key_D);
        QTRY_COMPARE(stateOf(ids.at(4)), u"declined"_s);
        QCOMPARE(serverQuestion(ids.at(4)).value(u"reason"_s).toString(), u"涉及个人信息，不宜公开"_s);
        QTRY_COMPARE(incoming->count(), 3);

        // A accepts, Q queues: the three that are left, in the order they came.
        for (const qint64 id : {ids.at(0), ids.at(1), ids.at(3)}) {
            const QString text = serverQuestion(id).value(u"text"_s).toString();
            QTRY_VERIFY(rowWith(incoming, text) >= 0);
            incoming->setCurrentRow(rowWith(incoming, text));
            QTest::keyClick(incoming, Qt::Key_A);
            QTRY_COMPARE(stateOf(id), u"accepted"_s);
            QTRY_VERIFY(incoming->currentItem() && incoming->currentItem()->text().contains(text));
            QTest::keyClick(incoming, Qt::Key_Q);
            QTRY_COMPARE(stateOf(id), u"queued"_s);
        }
        QTRY_COMPARE(incoming->count(), 0);
        auto *queue = director.find<QListWidget>(u"directorQueue"_s);
        QTRY_COMPARE(queue->count(), 3);
        // The director drags the loan question to the top of the host's queue.
        QVERIFY(queue->model()->moveRow(QModelIndex(), 2, QModelIndex(), 0));
        QTRY_COMPARE(serverQuestion(ids.at(3)).value(u"position"_s).toInt(), 1);
        QTRY_COMPARE(serverQuestion(ids.at(0)).value(u"position"_s).toInt(), 2);
        QTRY_COMPARE(serverQuestion(ids.at(1)).value(u"position"_s).toInt(), 3);
        QTRY_VERIFY(queue->item(0)->text().contains(u"小微企业"_s));
        for (const QString &text : texts.mid(0, 2))
            QVERIFY(submit(u"网友"_s, text + u"（追问）"_s) != 0); // something to screen on the picture
        QTRY_COMPARE(incoming->count(), 2);
        QVERIFY(pd::test::PortaldFixture::screenshot(director.panel(), u"interview-director"_s));

        // The host asks; the typist in the other client answers with Ctrl+Enter; the pair goes public.
        QVERIFY(director.showRole(u"hostView"_s));
        auto *hostQueue = director.find<QListWidget>(u"hostQueue"_s);
        auto *current = director.find<QLabel>(u"hostCurrentQuestion"_s);
        auto *question = typist.find<QLabel>(u"typistQuestion"_s);
        auto *answer = typist.find<QPlainTextEdit>(u"answerText"_s);
        auto *guests = typist.find<QComboBox>(u"guestChooser"_s);
        QVERIFY(hostQueue && current && question && answer && guests);
        QTRY_COMPARE(guests->count(), 2);
        QVERIFY(typist.find<QLabel>(u"guestPhoto"_s)->pixmap().width() > 0);
        const QList<qint64> order{ids.at(3), ids.at(0), ids.at(1)};
        const QStringList answers{u"今年起设立小微企业首贷续贷中心，银行审批时限压缩到五个工作日。"_s,
                                  u"补贴资金已经拨付到各区，年底前发放到位。"_s,
                                  u"现在一个窗口受理、一天办结，全程可以网上办理。"_s};
        QStringList expected;
        for (int i = 0; i < 3; ++i) {
            const QString text = serverQuestion(order.at(i)).value(u"text"_s).toString();
            QTRY_COMPARE(hostQueue->count(), 3 - i);
            hostQueue->setFocus();
            QTest::keyClick(hostQueue, Qt::Key_N);
            QTRY_COMPARE(stateOf(order.at(i)), u"asked"_s);
            QTRY_COMPARE(current->text(), text);
            QTRY_COMPARE(question->text(), text);
            QTRY_VERIFY(answer->isEnabled());
            guests->setCurrentIndex(i == 1 ? 1 : 0);
            answer->setFocus();
            answer->insertPlainText(answers.at(i)); // as an input method commits it
            if (i == 0)
                QVERIFY(pd::test::PortaldFixture::screenshot(director.panel(), u"interview-host"_s));
            if (i == 2)
                QVERIFY(pd::test::PortaldFixture::screenshot(typist.panel(), u"interview-typist"_s));
            QTest::keyClick(answer, Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE(stateOf(order.at(i)), u"answered"_s);
            const QJsonObject stored = serverQuestion(order.at(i)).value(u"answer"_s).toObject();
            QCOMPARE(stored.value(u"text"_s).toString(), answers.at(i));
            QCOMPARE(stored.value(u"guest"_s).toInteger(), m_guests.at(i == 1 ? 1 : 0));
            expected.append(text + u" → "_s + answers.at(i));
            QTRY_COMPARE(publicPairs(), expected);
            QTRY_COMPARE(typist.find<QListWidget>(u"answeredList"_s)->count(), i + 1);
        }
        // Every answer once: the outboxes are empty and the public list holds exactly the three pairs, in order.
        QTRY_COMPARE(typist.host->waitingCount(), 0);
        QCOMPARE(publicPairs(), expected);
        QTRY_VERIFY(current->text().contains(u"没有正在回答"_s));

        // The typist corrects a sent answer (更正): chosen in the answered list, edited in place, sent with a note.
        // In a reviewed interview the director approves it; then readers see the corrected pair, still once.
        auto *answered = typist.find<QListWidget>(u"answeredList"_s);
        auto *correction = typist.find<QPlainTextEdit>(u"correctionText"_s);
        auto *note = typist.find<QLineEdit>(u"correctionNote"_s);
        auto *correct = typist.find<QPushButton>(u"correctAnswer"_s);
        QVERIFY(answered && correction && note && correct);
        QVERIFY(!correct->isEnabled());
        answered->setCurrentRow(0);
        QTRY_COMPARE(correction->toPlainText(), answers.at(0));
        QVERIFY(correct->isEnabled());
        const QString fixed = u"今年起设立小微企业首贷续贷中心，银行审批时限压缩到三个工作日。"_s;
        correction->selectAll();
        correction->insertPlainText(fixed);
        note->setText(u"审批时限应为三个工作日"_s);
        correct->click();
        const auto correctedAnswer = [&] { return serverQuestion(order.at(0)).value(u"answer"_s).toObject(); };
        QTRY_VERIFY(correctedAnswer().value(u"revision"_s).toInteger() == 2);
        if (!correctedAnswer().value(u"pendingCorrection"_s).isNull()) {
            QCOMPARE(correctedAnswer().value(u"pendingCorrection"_s).toObject().value(u"text"_s).toString(), fixed);
            QCOMPARE(publicPairs(), expected); // readers keep the answer until the review approves
            const auto approved = m_portal.api("POST", pd::domain::LiveApiPaths::answer(correctedAnswer().value(u"id"_s).toInteger())
                                                           + u"/transitions"_s,
                                               u"moderator"_s, QJsonDocument(QJsonObject{{u"action"_s, u"approve"_s}}),
                                               {{"If-Match", "\"2\""}});
            QVERIFY2(approved.status == 200, approved.body.constData());
        }
        expected[0] = serverQuestion(order.at(0)).value(u"text"_s).toString() + u" → "_s + fixed;
        QTRY_COMPARE(publicPairs(), expected);
        QTRY_VERIFY(answered->item(0)->text().contains(fixed));
        QCOMPARE(answered->count(), 3);

        // The public interview page as a reader sees it.
        if (!pd::test::DevToolsPage::browserPath().isEmpty()) {
            pd::test::DevToolsPage page;
            QVERIFY2(page.open(m_portal.url(u"/live/%1/"_s.arg(m_event))), qPrintable(page.error()));
            QTRY_VERIFY_WITH_TIMEOUT(page.evaluate(u"document.body.innerText"_s).toString().contains(answers.last()),
                                     20000);
            const QString shots = qEnvironmentVariable("PD_SCREENSHOT_DIR");
            if (!shots.isEmpty()) {
                // A desktop window, scrolled to the interview: the current question and the answered pairs.
                page.call(u"Emulation.setDeviceMetricsOverride"_s, {{u"width"_s, 1100}, {u"height"_s, 900},
                                                                     {u"deviceScaleFactor"_s, 1}, {u"mobile"_s, false}});
                page.evaluate(u"(document.getElementById('interview') || document.body).scrollIntoView()"_s);
                const QJsonObject shot = page.call(u"Page.captureScreenshot"_s, {{u"format"_s, u"png"_s}});
                QDir().mkpath(shots);
                QFile file(QDir(shots).filePath(u"interview-public.png"_s));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QByteArray::fromBase64(shot.value(u"data"_s).toString().toLatin1()));
            }
        } else {
            qWarning("chromium is not installed: no interview-public screenshot");
        }
    }

    void typistSeesTheGuestsPhoto()
    {
        // A photo uploaded to the site and given to the first guest, as the event editor does.
        const QRgb green = qRgb(0x20, 0xa0, 0x60);
        QImage portrait(80, 100, QImage::Format_RGB32);
        portrait.fill(green);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(portrait.save(&buffer, "PNG"));
        const auto uploaded = m_portal.http().request(
            "POST", m_portal.url(u"/api/v1/media?site=%1"_s.arg(m_portal.siteId())), png,
            {{"Authorization", "Bearer " + m_portal.token(u"moderator"_s).toLatin1()},
             {"Content-Type", "image/png"},
             {"X-Filename", "wang.png"}});
        QVERIFY2(uploaded.status == 201 || uploaded.status == 200, uploaded.body.constData());
        const auto current = m_portal.api("GET", pd::domain::LiveApiPaths::event(m_event), u"moderator"_s);
        QJsonObject edit = current.json.object();
        QJsonArray guests = edit.value(u"guests"_s).toArray();
        QJsonObject first = guests.at(0).toObject();
        first.insert(u"photoId"_s, uploaded.json.object().value(u"id"_s));
        guests.replace(0, first);
        edit.insert(u"guests"_s, guests);
        const auto saved = m_portal.api("PUT", pd::domain::LiveApiPaths::event(m_event), u"moderator"_s,
                                        QJsonDocument(edit), {{"If-Match", current.headers.value("etag")}});
        QVERIFY2(saved.status == 200, saved.body.constData());

        Desk typist(*m_settings);
        QVERIFY(typist.signIn(m_portal, u"reporter"_s, m_dir.filePath(u"typist-photo.db"_s), m_plugins));
        QTRY_VERIFY(typist.chooseEvent(m_event));
        auto *chooser = typist.find<QComboBox>(u"guestChooser"_s);
        auto *photo = typist.find<QLabel>(u"guestPhoto"_s);
        QTRY_COMPARE(chooser->count(), 2);
        // Above the middle, where the badge has its colour and no letter: the photo's green once it has come
        // through the plugin host.
        const auto shown = [&] { return photo->pixmap().toImage().pixel(photo->width() / 2, photo->height() / 4); };
        chooser->setCurrentIndex(chooser->findData(m_guests.at(0)));
        QTRY_COMPARE(shown(), green);
        // The other guest has none: the badge stays.
        chooser->setCurrentIndex(chooser->findData(m_guests.at(1)));
        QVERIFY(!photo->pixmap().isNull());
        QVERIFY(shown() != green);
        chooser->setCurrentIndex(chooser->findData(m_guests.at(0)));
        QCOMPARE(shown(), green);
    }

    void reviewerApprovesAPendingAnswerByKeyboard()
    {
        // A reviewed interview: the typist's answers wait on the reviewer's desk; readers see nothing until approved.
        const auto started = m_portal.startLiveEvent(
            {{u"title"_s, u"卫健委主任在线访谈：家庭医生签约"_s},
             {u"kind"_s, u"interview"_s},
             {u"mode"_s, u"reviewed"_s},
             {u"guests"_s, QJsonArray{QJsonObject{{u"name"_s, u"赵卫东"_s}, {u"title"_s, u"市卫生健康委员会主任"_s}}}}},
            u"moderator"_s);
        QVERIFY2(started.status == 200, m_portal.failure());
        const qint64 event = started.json.object().value(u"id"_s).toInteger();
        const qint64 guest = started.json.object().value(u"guests"_s).toArray().first().toObject().value(u"id"_s).toInteger();
        const auto answered = [&](const QString &question, const QString &text) -> qint64 {
            const qint64 id = pd::test::SourceAddressHttp::request(
                                  QHostAddress(u"127.0.0.%1"_s.arg(m_nextAddress++)), "POST",
                                  m_portal.url(pd::domain::LiveApiPaths::publicQuestions(event)),
                                  QJsonDocument(QJsonObject{{u"text"_s, question}}).toJson(QJsonDocument::Compact),
                                  {{"Content-Type", "application/json"}})
                                  .json.object().value(u"id"_s).toInteger();
            for (const QString &step : {u"accept"_s, u"queue"_s, u"ask"_s})
                if (m_portal.api("POST", pd::domain::LiveApiPaths::questionTransitions(id), u"moderator"_s,
                                 QJsonDocument(QJsonObject{{u"action"_s, step}})).status != 200)
                    return 0;
            const auto sent = m_portal.api("POST", pd::domain::LiveApiPaths::questionAnswers(id), u"reporter"_s,
                                           QJsonDocument(QJsonObject{{u"guest"_s, guest}, {u"text"_s, text}}),
                                           {{"Idempotency-Key", QByteArray::number(id) + "-answer"}});
            return sent.status == 201 ? id : 0;
        };
        const qint64 first = answered(u"家庭医生签约后能上门服务吗？"_s, u"行动不便的签约居民可以预约上门服务。"_s);
        const qint64 second = answered(u"签约要交费吗？"_s, u"基础包免费。"_s);
        QVERIFY(first > 0 && second > 0);
        const auto publicPairs = [&] {
            return m_portal.api("GET", pd::domain::LiveApiPaths::publicQuestions(event), {}).json.object()
                .value(u"pairs"_s).toArray();
        };
        QVERIFY(publicPairs().isEmpty());

        Desk reviewer(*m_settings);
        Desk typist(*m_settings);
        QVERIFY(reviewer.signIn(m_portal, u"moderator"_s, m_dir.filePath(u"reviewer.db"_s), m_plugins));
        QVERIFY(typist.signIn(m_portal, u"reporter"_s, m_dir.filePath(u"typist-reviewed.db"_s), m_plugins));
        QTRY_VERIFY(reviewer.chooseEvent(event));
        QTRY_VERIFY(typist.chooseEvent(event));
        // The typist sees both answers waiting; a typist has no review tab.
        auto *sentList = typist.find<QListWidget>(u"answeredList"_s);
        QTRY_COMPARE(sentList->count(), 2);
        QVERIFY(rowWith(sentList, u"待审核"_s) >= 0);
        auto *roles = typist.find<QTabWidget>(u"interviewRoles"_s);
        QVERIFY(!roles->isTabVisible(roles->indexOf(typist.find<QWidget>(u"reviewView"_s))));

        QVERIFY(reviewer.showRole(u"reviewView"_s));
        auto *waiting = reviewer.find<QListWidget>(u"reviewList"_s);
        QTRY_COMPARE(waiting->count(), 2);
        QVERIFY(waiting->item(0)->text().contains(u"上门服务"_s));
        QVERIFY(pd::test::PortaldFixture::screenshot(reviewer.panel(), u"interview-review"_s));
        // By keyboard: the first is chosen; Enter approves it, and the pair goes public.
        waiting->setFocus();
        QCOMPARE(waiting->currentRow(), 0);
        QTest::keyClick(waiting, Qt::Key_Return);
        QTRY_COMPARE(publicPairs().size(), 1);
        QCOMPARE(publicPairs().first().toObject().value(u"id"_s).toInteger(), first);
        QTRY_COMPARE(waiting->count(), 1);
        // The second goes back with a reason typed in the reason field (Enter); readers never see it.
        auto *reason = reviewer.find<QLineEdit>(u"reviewReason"_s);
        reason->setFocus();
        reason->insert(u"请写明基础包包含的服务项目"_s); // as an input method commits it
        QTest::keyClick(reason, Qt::Key_Return);
        QTRY_COMPARE(waiting->count(), 0);
        QTRY_COMPARE(serverQuestion(second).value(u"answer"_s).toObject().value(u"review"_s).toString(), u"rejected"_s);
        QCOMPARE(publicPairs().size(), 1);
        // The typist sees it sent back, with the reason.
        QTRY_VERIFY(rowWith(sentList, u"已退回"_s) >= 0);
        QVERIFY(sentList->item(rowWith(sentList, u"已退回"_s))->text().contains(u"请写明基础包包含的服务项目"_s));
    }

    void transcriptOpensInTheEditorAfterTheEnd()
    {
        // The transcript is a new item of the site, which its editors write: the director of the day is one.
        const QString me = m_portal.api("GET", u"/api/v1/me"_s, u"moderator"_s).json.object().value(u"id"_s).toVariant().toString();
        const auto account = m_portal.api("GET", u"/api/v1/users/%1"_s.arg(me), u"admin"_s);
        QJsonArray roles = account.json.object().value(u"roles"_s).toArray();
        roles.append(QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_portal.siteId()}});
        const auto granted = m_portal.api("PUT", u"/api/v1/users/%1"_s.arg(me), u"admin"_s,
                                          QJsonDocument(QJsonObject{{u"roles"_s, roles}}),
                                          {{"If-Match", account.headers.value("etag")}});
        QVERIFY2(granted.status == 200, granted.body.constData());
        Desk director(*m_settings);
        QVERIFY(director.signIn(m_portal, u"moderator"_s, m_dir.filePath(u"director.db"_s), m_plugins));
        QTRY_VERIFY(director.chooseEvent(m_event));
        auto *build = director.find<QPushButton>(u"buildTranscript"_s);
        QVERIFY(build);
        QTRY_VERIFY(!build->isEnabled() && director.find<QLabel>(u"interviewState"_s)->text().contains(u"直播中"_s));

        // The site's 在线访谈 column, where portald files the transcript (the demo has one).
        QVERIFY(m_portal.site().columnNamed(u"在线访谈"_s) > 0);

        const auto event = m_portal.api("GET", pd::domain::LiveApiPaths::event(m_event), u"moderator"_s);
        const auto ended = m_portal.api("POST", pd::domain::LiveApiPaths::eventTransitions(m_event), u"moderator"_s,
                                        QJsonDocument(QJsonObject{{u"action"_s, u"end"_s}}),
                                        {{"If-Match", event.headers.value("etag")}});
        QVERIFY2(ended.status == 200, ended.body.constData());
        QTRY_VERIFY(build->isEnabled()); // the end reached the desk over the stream

        QSignalSpy opened(director.host, &pd::ui::LivePanelHost::itemOpenRequested);
        build->click();
        auto *message = director.find<QLabel>(u"interviewMessage"_s);
        QTRY_VERIFY2(opened.size() == 1, qPrintable(message->text()));
        const qint64 itemId = opened.first().first().toLongLong();
        const auto item = m_portal.api("GET", u"/api/v1/items/%1"_s.arg(itemId), u"moderator"_s);
        QCOMPARE(item.status, 200);
        QCOMPARE(item.json.object().value(u"state"_s).toString(), u"draft"_s);
        const QString body = item.json.object().value(u"bodyHtml"_s).toString();
        for (const QString &text : {u"小微企业首贷续贷中心"_s, u"年底前发放到位"_s, u"一天办结"_s, u"王建国"_s, u"李敏"_s})
            QVERIFY2(body.contains(text), qPrintable(text));
        QVERIFY(!body.contains(u"物业经理"_s)); // a declined question is no part of it
    }
};

QTEST_MAIN(tst_InterviewDesk)
#include "tst_interview_desk.moc"
