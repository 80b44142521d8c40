// Every main screen of the desk as the program builds it (the real AppContext, against a real portald --demo, in
// zh_CN), for each kind of user: no visible label, button, heading, list cell or menu in English or as a raw
// internal code, and a screenshot of each at the size of the screens government offices use. PD_SCREEN picks the
// size: "1366" (1366×768) or "hidpi" (1920×1080 at QT_SCALE_FACTOR=1.5, which is 1280×720 of layout); the pictures
// go to $PD_SCREENSHOT_DIR as <screen>-1366.png or <screen>-hidpi.png. Along the way: the login dialog opened with
// a server starts in the user name, and 添加账户 keeps the main window and offers the current server.
#include "tests/support/PortaldFixture.h"
#include "tests/support/DemoWorkflow.h"
#include "tests/support/InterviewFields.h"
#include "tests/support/Screenshot.h"
#include "tests/support/SourceAddressHttp.h"
#include "app/AppContext.h"
#include "app/models/ReviewQueueModel.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/UsersPanel.h"
#include "app/admin/UserListModel.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/dashboard/DashboardPage.h"
#include "app/models/CachedItemListModel.h"
#include "app/models/DisclosureCatalogModel.h"
#include "ui/dialogs/LoginDialog.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/editor/RichEditorView.h"
#include "ui/preview/PreviewView.h"
#include "ui/reports/ReportDialog.h"
#include "ui/review/ReviewPane.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/sweeps/SweepDialog.h"
#include "ui/live/LivePage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/review/ReviewPage.h"
#include "app/editing/EditorBridge.h"
#include "app/editing/ItemListModel.h"
#include "app/review/ReviewDesk.h"
#include "translations/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStandardPaths>
#include <QScreen>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QWebEngineView>
#include <QWindow>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const auto kPassword = pd::test::PortaldFixture::password();

/// Whether `text` reads as English (or a raw code): Latin words and no Chinese, once the names and addresses that
/// stay as they are in every language are taken out.
bool looksEnglish(QString text)
{
    // The demo's account names (its department sites' too, e.g. jyj-editor), which the 管理 screen lists as they
    // are typed at sign-in.
    static const QRegularExpression account(u"^([a-z]+-)?(admin|editor|moderator|reporter\\d?|reviewer\\d)$"_s);
    if (account.match(text.trimmed()).hasMatch())
        return false;
    for (const QChar c : std::as_const(text))
        if (c.unicode() >= 0x2E80)
            return false;
    // Proper names and what is typed or read literally: addresses, accounts, keys, file types, version numbers.
    static const QList<QRegularExpression> allowed{
        QRegularExpression(u"[a-z][a-z0-9+.-]*://\\S*"_s),                        // URLs
        QRegularExpression(u"\\S+@\\S+"_s),                                      // accounts, mail
        QRegularExpression(u"\\b[\\w-]+(\\.[\\w-]+)+(:\\d+)?\\b"_s),                // host names, file names
        QRegularExpression(u"\\b(Ctrl|Shift|Alt|Meta|Esc|Enter|Tab|F\\d{1,2}|Del|PgUp|PgDown)\\b"_s),
        QRegularExpression(u"\\b(PortalDesk|English|PDF|HTML|RSS|JSON|CSV|JPEG|PNG|URL|ID|OK)\\b"_s),
    };
    for (const QRegularExpression &re : allowed)
        text.remove(re);
    static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
    return text.contains(word);
}

/// The text a user reads in `widget` itself (not in its children): labels, buttons, headings, tabs, placeholders,
/// combo box entries, header sections and the cells of the first visible rows.
QStringList visibleTexts(QWidget *widget)
{
    QStringList texts;
    if (auto *label = qobject_cast<QLabel *>(widget)) {
        texts.append(label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text())
                         ? label->text()
                         : QTextDocumentFragment::fromHtml(label->text()).toPlainText());
    } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        texts.append(button->text().remove(u'&'));
    } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
        texts.append(group->title().remove(u'&'));
    } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->isTabVisible(i))
                texts.append(tabs->tabText(i).remove(u'&'));
    } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
        texts.append(edit->placeholderText());
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        for (int i = 0; i < combo->count(); ++i)
            texts.append(combo->itemText(i));
    } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
        QAbstractItemModel *model = view->model();
        if (!model)
            return texts;
        if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            for (int s = 0; s < header->count(); ++s)
                if (!header->isSectionHidden(s))
                    texts.append(model->headerData(s, header->orientation()).toString());
            return texts;
        }
        const auto *table = qobject_cast<const QHeaderView *>(view->findChild<QHeaderView *>());
        for (int r = 0; r < std::min(model->rowCount(view->rootIndex()), 30); ++r)
            for (int c = 0; c < model->columnCount(view->rootIndex()); ++c)
                if (!table || !table->isSectionHidden(c))
                    texts.append(model->index(r, c, view->rootIndex()).data().toString());
    }
    return texts;
}

void menuTexts(QMenu *menu, QStringList &texts)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        texts.append(a->text().remove(u'&'));
        if (a->menu())
            menuTexts(a->menu(), texts);
    }
}

/// Every visible English text under `root` (its menu bar's menus included), as "Class objectName: text".
QStringList englishTexts(QWidget *root)
{
    QStringList found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || qobject_cast<QMenu *>(w))
            continue;
        QStringList texts = visibleTexts(w);
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            for (QAction *a : bar->actions())
                if (a->isVisible()) {
                    texts.append(a->text().remove(u'&'));
                    if (a->menu())
                        menuTexts(a->menu(), texts);
                }
        for (const QString &t : std::as_const(texts))
            if (looksEnglish(t))
                found.append(u"%1 %2: %3"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                t));
    }
    found.removeDuplicates();
    return found;
}

template <typename T>
T *topLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
            return t;
    return nullptr;
}

} // namespace

class tst_Screens : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    QString m_suffix;
    QSize m_size;
    int m_nextAddress = 10;

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString path = u"%1/%2-%3.png"_s.arg(dir, name, m_suffix);
        // A label whose text just changed is laid out on the next turn of the event loop; the picture shows it then.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    }

    /// The window of `widget` as the window system shows it (a web view's surface included, which QWidget::grab()
    /// leaves blank), as <name>-<size>.png.
    void windowShot(QWidget *widget, const QString &name)
    {
        QVERIFY2(pd::test::Screenshot::grabWindow(widget, name + u'-' + m_suffix), qPrintable(name));
    }

    /// What the user sees of `window` with `popup` open over it (a combo box's list, which is a window of its own):
    /// that part of the screen, as <name>-<size>.png.
    void screenShot(QWidget *window, QWidget *popup, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        window->repaint();
        popup->repaint();
        QScreen *screen = window->windowHandle()->screen();
        const QRect area = window->frameGeometry().united(popup->frameGeometry());
        const QString path = u"%1/%2-%3.png"_s.arg(dir, name, m_suffix);
        QVERIFY2(screen->grabWindow(0, area.x(), area.y(), area.width(), area.height()).save(path), qPrintable(path));
    }

    /// Whether the window system shows text (dark pixels) across the lower three quarters of `view`: a web view
    /// paints a few frames after its page says it has loaded, and a picture taken before shows it blank.
    static bool showsText(QWidget *view)
    {
        QWidget *window = view->window();
        if (!window->windowHandle() || !view->isVisible())
            return false;
        const QPoint at = view->mapTo(window, QPoint(0, view->height() / 4));
        const QImage shot = window->windowHandle()
                                ->screen()
                                ->grabWindow(window->winId(), at.x(), at.y(), view->width(), view->height() * 3 / 4)
                                .toImage();
        // Text on both halves: a page still laid out for another size (a scale factor just applied) fills only a
        // corner of the view.
        bool left = false;
        bool right = false;
        for (int y = 0; y < shot.height(); y += 2)
            for (int x = 0; x < shot.width(); x += 2)
                if (qGray(shot.pixel(x, y)) < 96)
                    (x < shot.width() / 2 ? left : right) = true;
        return left && right;
    }

    /// What the status bar of `window` shows can be read: a passing message is not printed over the connection
    /// state (QStatusBar hides its normal widgets only while they are visible, so not one shown after it).
    static void checkStatusBar(QMainWindow *window, const QString &where)
    {
        auto *connection = window->findChild<QLabel *>(u"connectionLabel"_s);
        QVERIFY2(window->statusBar()->currentMessage().isEmpty() || !connection || !connection->isVisible(),
                 qPrintable(where + u": "_s + window->statusBar()->currentMessage() + u" over "_s + connection->text()));
    }

    /// Whether the whole of the current entry of `box` fits in its field.
    static bool showsWholeText(QComboBox *box)
    {
        QStyleOptionComboBox option;
        option.initFrom(box);
        option.editable = box->isEditable();
        const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, box);
        return box->fontMetrics().horizontalAdvance(box->currentText()) <= field.width();
    }

    /// No English under `root`, or the test fails naming `where` and what it found.
    static void checkChinese(QWidget *root, const QString &where)
    {
        QStringList english;
        for (const QString &t : englishTexts(root))
            english.append(where + u": "_s + t);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    }

    /// The id of an item of `type` on the demo site as the editor sees it, a draft when there is one.
    qint64 demoItem(const QString &type)
    {
        const auto listed = m_portal.api("GET", u"/api/v1/items?site=%1&type=%2&limit=50"_s.arg(m_portal.siteId()).arg(type),
                                         u"editor"_s);
        const QJsonArray items = listed.json.object().value(u"items"_s).toArray();
        for (const QJsonValue &v : items)
            if (v.toObject().value(u"state"_s).toString() == u"draft"_s)
                return v.toObject().value(u"id"_s).toInteger();
        return items.isEmpty() ? 0 : items.first().toObject().value(u"id"_s).toInteger();
    }

    /// The id of a started live event of the demo site: `input` is the event, `as` who creates it.
    qint64 liveEvent(const QJsonObject &input, const QString &as)
    {
        const auto started = m_portal.startLiveEvent(input, as);
        return started.status == 200 ? started.json.object().value(u"id"_s).toInteger() : 0;
    }

    /// A netizen's message to the public page of `event` (`kind` "comments" or "questions") from an address of its
    /// own, since each address has its own rate limit; whether portald took it.
    bool netizenWrites(qint64 event, const QString &kind, const QString &name, const QString &text)
    {
        const QHostAddress from(u"127.0.0.%1"_s.arg(m_nextAddress++));
        const auto reply = pd::test::SourceAddressHttp::request(
            from, "POST", m_portal.url(u"/public/live/%1/%2"_s.arg(event).arg(kind)),
            QJsonDocument(QJsonObject{{u"name"_s, name}, {u"text"_s, text}}).toJson(QJsonDocument::Compact),
            {{"Content-Type", "application/json"}});
        return reply.status >= 200 && reply.status < 300;
    }

    /// Picks the entry of the combo box `name` under `panel` whose data is `data` (or whose text is `text`, when
    /// given) as the user would.
    static bool choose(QWidget *panel, const QString &name, qint64 data, const QString &text = {})
    {
        auto *box = panel->findChild<QComboBox *>(name);
        const int index = !box ? -1 : text.isEmpty() ? box->findData(data) : box->findText(text);
        if (index < 0)
            return false;
        box->setCurrentIndex(index);
        Q_EMIT box->activated(index);
        return true;
    }

    /// Brings `widget` to the front of every tab widget it sits in.
    static void bringForward(QWidget *widget)
    {
        for (QWidget *w = widget; w && w->parentWidget(); w = w->parentWidget())
            if (auto *tabs = qobject_cast<QTabWidget *>(w->parentWidget()->parentWidget()); tabs && tabs->indexOf(w) >= 0)
                tabs->setCurrentWidget(w);
    }

    /// The 直播 page's plugin panel that holds a child named `childName`.
    static QWidget *livePanel(pd::ui::MainWindow *window, const QString &childName)
    {
        auto *live = qobject_cast<pd::ui::LivePage *>(window->page(u"live"_s));
        if (!live)
            return nullptr;
        for (QWidget *panel : live->panels())
            if (panel->findChild<QWidget *>(childName) || panel->objectName() == childName)
                return panel;
        return nullptr;
    }

    /// The 直播 page's plugin panel holding `childName`, brought forward with `id` chosen in its `chooser`; nullptr
    /// when there is no such panel or `id` never came into the chooser.
    static QWidget *chooseOnDesk(pd::ui::MainWindow *window, const QString &childName, const QString &chooser, qint64 id)
    {
        QWidget *panel = livePanel(window, childName);
        if (!panel)
            return nullptr;
        bringForward(panel);
        return QTest::qWaitFor([&] { return choose(panel, chooser, id); }) ? panel : nullptr;
    }

    /// The main window on its 直播 page once the page is ready, then chooseOnDesk(); nullptr when any of it failed.
    static QWidget *openLiveDesk(pd::ui::MainWindow *window, const QString &childName, const QString &chooser, qint64 id)
    {
        if (!window || !QTest::qWaitFor([&] { return window->page(u"live"_s) != nullptr; }, 20000))
            return nullptr;
        window->showPage(u"live"_s);
        if (!QTest::qWaitFor([&] { return ready(window, u"live"_s); }, 20000))
            return nullptr;
        return chooseOnDesk(window, childName, chooser, id);
    }

    /// A program started afresh as one user: its settings, the context they must outlive, and its main window.
    struct Program
    {
        QSettings settings;
        std::unique_ptr<pd::app::AppContext> context;
        pd::ui::MainWindow *window = nullptr; ///< sized to the screen once online; nullptr when it never was
    };

    /// A fresh start of the program as `user` (settings, accounts and caches of earlier runs gone), waited for until
    /// its main window is online.
    std::unique_ptr<Program> startAs(const QString &user)
    {
        auto program = std::make_unique<Program>();
        program->settings.clear();
        program->settings.setValue(u"ui/mainWindow/geometry"_s, QByteArray());
        program->context = std::make_unique<pd::app::AppContext>(program->settings);
        pd::app::StartOptions options;
        options.server = m_portal.baseUrl().toString();
        options.user = user;
        options.password = kPassword;
        program->context->start(options);
        pd::ui::MainWindow *window = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            window = topLevel<pd::ui::MainWindow>();
            return window && program->context->workspace().state() == pd::models::Workspace::State::Online;
        }, 20000);
        if (shown) {
            window->resize(m_size);
            program->window = window;
        }
        return program;
    }

    /// The visible top-level `Dialog` once it is on screen; nullptr when none came.
    template <typename Dialog>
    static Dialog *exposed()
    {
        Dialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] { return (dialog = topLevel<Dialog>()) != nullptr; }))
            return nullptr;
        return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    /// The `Dialog` that the 工作台 page's `button` opens, once the page is ready and the dialog on screen.
    template <typename Dialog>
    static Dialog *openFromWorkbench(pd::ui::MainWindow *window, const QString &button)
    {
        window->showPage(u"workbench"_s);
        if (!QTest::qWaitFor([&] { return ready(window, u"workbench"_s); }, 20000))
            return nullptr;
        window->findChild<QPushButton *>(button)->click();
        return exposed<Dialog>();
    }

    /// Whether page `id` has what it shows (the first answers of the portal are in).
    static bool ready(pd::ui::MainWindow *window, const QString &id)
    {
        QWidget *page = window->page(id);
        if (!page)
            return (window->itemModel()->rowCount() > 0 && !window->itemModel()->isLoading()) || id == u"review"_s;
        if (auto *review = qobject_cast<pd::ui::ReviewPage *>(page))
            return review->desk().queue().isLoaded();
        if (auto *dashboard = qobject_cast<pd::ui::DashboardPage *>(page))
            return dashboard->healthList()->count() > 0;
        if (auto *live = qobject_cast<pd::ui::LivePage *>(page))
            return live->isLoaded();
        if (auto *catalogue = qobject_cast<pd::ui::CataloguePage *>(page))
            return catalogue->catalogModel()->rowCount() > 0 && catalogue->itemModel()->rowCount() > 0;
        if (auto *admin = qobject_cast<pd::ui::AdminPage *>(page))
            return admin->usersPanel()->model()->rowCount() > 0;
        return page->isVisible();
    }

    /// Shows every navigation entry the user has, checks its texts and takes the pictures named in `pictures`.
    void sweep(const QString &user, const QHash<QString, QString> &pictures,
               const std::function<void(pd::ui::MainWindow *)> &alsoCheck = {})
    {
        const auto program = startAs(user);
        pd::ui::MainWindow *window = program->window;
        QVERIFY2(window, qPrintable(user));
        auto *navigation = window->findChild<QListWidget *>(u"navigation"_s);
        QStringList english;
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->isHidden())
                continue;
            const QString id = navigation->item(row)->data(Qt::UserRole + 3).toString();
            window->showPage(id);
            QVERIFY2(QTest::qWaitFor([&] { return ready(window, id); }, 20000), qPrintable(user + u' ' + id));
            for (const QString &t : englishTexts(window))
                english.append(u"%1/%2: %3"_s.arg(user, id, t));
            checkStatusBar(window, user + u' ' + id);
            if (pictures.contains(id))
                screenshot(window, pictures.value(id));
        }
        english.removeDuplicates();
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
        if (alsoCheck)
            alsoCheck(window);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString screen = qEnvironmentVariable("PD_SCREEN", u"1366"_s);
        m_suffix = screen;
        m_size = screen == u"hidpi"_s ? QSize(1280, 720) : QSize(1366, 768);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortalDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_screens_"_s + screen);
        QApplication::setQuitOnLastWindowClosed(false);
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
    }

    void detectsEnglish()
    {
        // The scan itself: what it must catch and what it must let through.
        QVERIFY(looksEnglish(u"The title is required."_s));
        QVERIFY(looksEnglish(u"submitted"_s));
        QVERIFY(!looksEnglish(u"标题为必填项。"_s));
        QVERIFY(!looksEnglish(u"http://127.0.0.1:8080/items/3.html"_s));
        QVERIFY(!looksEnglish(u"editor@portal.example.gov.cn"_s));
        QVERIFY(!looksEnglish(u"Ctrl+Shift+A"_s));
        QVERIFY(!looksEnglish(u"门户编辑台 PortalDesk"_s));
        QVERIFY(!looksEnglish(u"2026-12-06 08:00"_s));
    }

    void loginWithServerStartsInTheUserName()
    {
        // portaldesk --server URL without a user: the dialog opens, the cursor in the user name.
        QSettings settings;
        settings.clear();
        pd::app::AppContext context(settings);
        pd::app::StartOptions options;
        options.server = m_portal.baseUrl().toString();
        context.start(options);
        pd::ui::LoginDialog *login = nullptr;
        QTRY_VERIFY((login = topLevel<pd::ui::LoginDialog>()));
        login->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(login));
        QCOMPARE(login->serverAddress(), m_portal.baseUrl().toString());
        QTRY_COMPARE(QApplication::focusWidget(), login->findChild<QLineEdit *>(u"userEdit"_s));
        const QStringList english = englishTexts(login);
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
        screenshot(login, u"login"_s);
        login->reject();
    }

    void editorScreens()
    {
        sweep(u"editor"_s, {{u"workbench"_s, u"workbench"_s},
                            {u"news"_s, u"news"_s},
                            {u"features"_s, u"features"_s},
                            {u"disclosure"_s, u"disclosure"_s}},
              [](pd::ui::MainWindow *window) {
                  // The catalogue's index numbers are read whole.
                  window->showPage(u"disclosure"_s);
                  auto *catalogue = qobject_cast<pd::ui::CataloguePage *>(window->page(u"disclosure"_s));
                  QVERIFY(catalogue);
                  QTableView *view = catalogue->itemView();
                  QVERIFY(view && catalogue->itemModel()->rowCount() > 0);
                  const int column = pd::models::CachedItemListModel::IndexNoColumn;
                  const QString index = catalogue->itemModel()->index(0, column).data().toString();
                  const int needed = view->fontMetrics().horizontalAdvance(index) + 8;
                  QVERIFY2(view->horizontalHeader()->sectionSize(column) >= needed,
                           qPrintable(u"%1: %2 < %3"_s.arg(index).arg(view->horizontalHeader()->sectionSize(column))
                                          .arg(needed)));
              });
    }

    void reviewerScreens() { sweep(u"reviewer1"_s, {{u"review"_s, u"review"_s}}); }

    void reporterScreens()
    {
        sweep(u"reporter"_s, {{u"live"_s, u"live"_s}}, [](pd::ui::MainWindow *window) {
            // At the reporter's layout the timeline's 内容 column gets most of the width, not what is left over.
            auto *timeline = window->findChild<QTreeView *>(u"timelineView"_s);
            QVERIFY(timeline && timeline->isVisible());
            const int content = timeline->header()->sectionSize(3);
            QVERIFY2(content * 2 >= timeline->viewport()->width(),
                     qPrintable(u"%1 of %2"_s.arg(content).arg(timeline->viewport()->width())));
        });
    }

    void adminScreens() { sweep(u"admin"_s, {{u"admin"_s, u"admin"_s}}); }

    void addAccountKeepsTheWindow()
    {
        const auto program = startAs(u"editor"_s);
        pd::ui::MainWindow *window = program->window;
        QVERIFY(window);
        window->findChild<QAction *>(u"addAccountAction"_s)->trigger();
        pd::ui::LoginDialog *login = nullptr;
        QTRY_VERIFY((login = topLevel<pd::ui::LoginDialog>()));
        // The window stays where it was, and the dialog offers the portal the user is on.
        QVERIFY(window->isVisible());
        QCOMPARE(login->serverAddress(), m_portal.baseUrl().toString());
        QVERIFY(login->username().isEmpty());
        login->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(login));
        QTRY_COMPARE(QApplication::focusWidget(), login->findChild<QLineEdit *>(u"userEdit"_s));
    }
    void editorWindows()
    {
        // The item editor as it opens from the list: a news item with its body, a 专题 with its sections, a 信息公开
        // document with its metadata; each fits the screen with its fields, body and buttons in reach.
        const auto program = startAs(u"editor"_s);
        pd::ui::MainWindow *window = program->window;
        QVERIFY(window);
        const QList<std::pair<QString, QString>> kinds{{u"news"_s, u"editor-news"_s},
                                                       {u"feature"_s, u"editor-feature"_s},
                                                       {u"disclosure"_s, u"editor-disclosure"_s}};
        for (const auto &[type, picture] : kinds) {
            const qint64 id = demoItem(type);
            QVERIFY2(id > 0, qPrintable(type));
            pd::ui::ItemEditorWindow *editor = window->openItem(id);
            QVERIFY(editor);
            editor->resize(editor->size().boundedTo(m_size));
            using Status = pd::editing::DocumentSession::Status;
            QVERIFY2(QTest::qWaitFor([&] {
                return editor->session().item().id == id && editor->session().status() == Status::Clean
                       && editor->richEditor()->bridge().isBodyLoaded();
            }, 30000), qPrintable(type));
            QVERIFY(QTest::qWaitForWindowExposed(editor));
            QVERIFY2(QTest::qWaitFor([&] { return showsText(editor->richEditor()->webView()); }, 20000), qPrintable(type));
            checkChinese(editor, type);
            QVERIFY2(editor->frameGeometry().height() <= m_size.height(), qPrintable(type));
            windowShot(editor, picture);
            editor->close();
            QTRY_VERIFY(!editor->isVisible());
        }
    }

    void reviewItemWithPreview()
    {
        // The 审核 page with an item chosen: the queue beside the item's preview, decisions in reach.
        const auto program = startAs(u"reviewer1"_s);
        pd::ui::MainWindow *window = program->window;
        QVERIFY(window);
        window->showPage(u"review"_s);
        auto *review = qobject_cast<pd::ui::ReviewPage *>(window->page(u"review"_s));
        QVERIFY(review);
        QTRY_VERIFY_WITH_TIMEOUT(review->desk().queue().isLoaded(), 20000);
        QVERIFY(review->desk().queue().rowCount() > 0);
        QSignalSpy previewed(review->pane()->preview(), &pd::ui::PreviewView::loadFinished);
        const QModelIndex first = review->queueView()->model()->index(0, pd::models::ReviewQueueModel::TitleSection);
        review->queueView()->setCurrentIndex(first);
        const qint64 id = first.data(pd::models::ReviewQueueModel::ItemIdRole).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(review->desk().loader().item() && review->desk().loader().item()->id == id, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty(), 20000);
        QVERIFY(QTest::qWaitFor([&] { return showsText(review->pane()->preview()->webView()); }, 20000));
        checkChinese(window, u"review item"_s);
        // The titles are what a reviewer tells items apart by: at least ten characters of them show.
        const int title = review->queueView()->horizontalHeader()->sectionSize(pd::models::ReviewQueueModel::TitleSection);
        const int em = review->queueView()->fontMetrics().horizontalAdvance(u"审"_s);
        QVERIFY2(title >= 10 * em, qPrintable(u"%1 < 10 × %2"_s.arg(title).arg(em)));
        checkStatusBar(window, u"review"_s);
        windowShot(window, u"review-item"_s);
    }

    void liveModeratorAndInterviewDirector()
    {
        // A live event with netizens' comments waiting, and an interview with their questions waiting: the moderator
        // screens the comments on the live desk and directs the interview.
        const qint64 event = liveEvent({{u"title"_s, u"2026年临江市政府工作报告解读直播"_s}}, u"editor"_s);
        QVERIFY(event > 0);
        for (const QString &text : {u"请问老城区改造什么时候开工？"_s, u"希望多建几个口袋公园。"_s,
                                    u"地铁三号线能否延伸到高新区？"_s, u"养老服务补贴怎么申请？"_s})
            QVERIFY(netizenWrites(event, u"comments"_s, u"网友"_s, text));
        const qint64 interview = liveEvent(pd::test::mayorInterview(), u"moderator"_s);
        QVERIFY(interview > 0);
        for (const QString &text : {u"企业开办现在还需要跑几个窗口、几天能办完？"_s, u"小微企业贷款难的问题市里有什么新举措？"_s,
                                    u"老旧小区加装电梯的补贴什么时候能发放到位？"_s})
            QVERIFY(netizenWrites(interview, u"questions"_s, u"城南居民"_s, text));

        const auto program = startAs(u"moderator"_s);
        pd::ui::MainWindow *window = program->window;
        QWidget *desk = openLiveDesk(window, u"moderatorList"_s, u"eventChooser"_s, event);
        QVERIFY(desk);
        auto *comments = desk->findChild<QListWidget *>(u"moderatorList"_s);
        QTRY_VERIFY(comments);
        bringForward(comments);
        QTRY_VERIFY_WITH_TIMEOUT(comments->count() >= 4, 20000);
        checkChinese(window, u"live moderator"_s);
        checkStatusBar(window, u"live moderator"_s);
        screenshot(window, u"live-moderator"_s);

        QWidget *director = chooseOnDesk(window, u"interviewPanel"_s, u"interviewChooser"_s, interview);
        QVERIFY(director);
        QWidget *directorView = nullptr;
        QTRY_VERIFY((directorView = director->findChild<QWidget *>(u"directorView"_s)));
        bringForward(directorView);
        auto *incoming = director->findChild<QListWidget *>(u"incomingQuestions"_s);
        QVERIFY(incoming);
        QTRY_VERIFY_WITH_TIMEOUT(incoming->count() >= 3, 20000);
        // The event's own reply (state, host, the public page's address) can come after its questions'.
        auto *publicPage = director->findChild<QPushButton *>(u"interviewPublicPage"_s);
        QVERIFY(publicPage);
        QTRY_VERIFY_WITH_TIMEOUT(publicPage->isEnabled(), 20000);
        checkChinese(window, u"interview director"_s);
        checkStatusBar(window, u"interview director"_s);
        screenshot(window, u"interview-director"_s);
    }

    void liveSubforums()
    {
        // A forum with two sub-forums the reporter covers, one desk tab on each side by side.
        const qint64 reporter = m_portal.api("GET", u"/api/v1/me"_s, u"reporter"_s).json.object().value(u"id"_s).toInteger();
        const QJsonArray sessions{
            QJsonObject{{u"title"_s, u"开幕式暨主论坛"_s}, {u"reporters"_s, QJsonArray{reporter}}},
            QJsonObject{{u"title"_s, u"分论坛一：先进制造与产业创新"_s}, {u"reporters"_s, QJsonArray{reporter}}},
            QJsonObject{{u"title"_s, u"分论坛二：港航物流与开放合作"_s}, {u"reporters"_s, QJsonArray{reporter}}}};
        const qint64 event = liveEvent({{u"title"_s, u"2026临江发展论坛·下午分论坛"_s},
                                        {u"kind"_s, u"forum"_s},
                                        {u"sessions"_s, sessions}},
                                       u"editor"_s);
        QVERIFY(event > 0);

        const auto program = startAs(u"reporter"_s);
        pd::ui::MainWindow *window = program->window;
        QWidget *panel = openLiveDesk(window, u"deskTabs"_s, u"eventChooser"_s, event);
        QVERIFY(panel);
        auto *desks = panel->findChild<QTabWidget *>(u"deskTabs"_s);
        auto *sessionBox = panel->findChild<QComboBox *>(u"sessionChooser"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sessionBox->count(), 4, 20000); // 全部 and the three sessions
        QVERIFY(QTest::qWaitFor([&] { return choose(panel, u"sessionChooser"_s, 0, u"分论坛一：先进制造与产业创新"_s); }));
        QTRY_COMPARE(desks->tabText(0), u"分论坛一：先进制造与产业创新"_s);
        panel->findChild<QPushButton *>(u"openBeside"_s)->click();
        QTRY_COMPARE(desks->count(), 2);
        QVERIFY(QTest::qWaitFor([&] { return choose(panel, u"sessionChooser"_s, 0, u"分论坛二：港航物流与开放合作"_s); }));
        QTRY_COMPARE(desks->tabText(1), u"分论坛二：港航物流与开放合作"_s);
        checkChinese(window, u"live sub-forums"_s);
        screenshot(window, u"live-subforums"_s);
    }

    void dialogsOfTheWorkbench()
    {
        // 报表 and 设置 as the editor opens them, and the site switcher's list open over the status bar.
        const auto program = startAs(u"editor"_s);
        pd::ui::MainWindow *window = program->window;
        QVERIFY(window);
        auto *reports = openFromWorkbench<pd::ui::ReportDialog>(window, u"reportsButton"_s);
        QVERIFY(reports);
        QTRY_VERIFY_WITH_TIMEOUT(reports->liveEvents()->count() > 0, 20000);
        checkChinese(reports, u"reports"_s);
        QTRY_VERIFY2(showsWholeText(reports->liveEvents()), qPrintable(reports->liveEvents()->currentText()));
        // …and the dialog has made room for the field beside its button.
        auto *livePdf = reports->findChild<QPushButton *>(u"reportLivePdf"_s);
        QTRY_VERIFY(reports->liveEvents()->geometry().right() < livePdf->geometry().left());
        QVERIFY(reports->frameGeometry().height() <= m_size.height());
        screenshot(reports, u"reports"_s);
        reports->reject();

        window->findChild<QAction *>(u"settingsAction"_s)->trigger();
        auto *dialog = exposed<pd::ui::SettingsDialog>();
        QVERIFY(dialog);
        auto *tabs = dialog->findChild<QTabWidget *>(u"settingsTabs"_s);
        for (int i = tabs->count() - 1; i >= 0; --i) {
            tabs->setCurrentIndex(i);
            checkChinese(dialog, u"settings "_s + tabs->tabText(i));
        }
        QVERIFY(dialog->frameGeometry().height() <= m_size.height());
        screenshot(dialog, u"settings"_s);
        dialog->reject();

        QComboBox *switcher = window->siteSwitcher();
        QTRY_VERIFY(switcher->isVisible() && switcher->count() > 1);
        switcher->showPopup();
        QWidget *popup = switcher->view()->window();
        QVERIFY(QTest::qWaitForWindowExposed(popup));
        checkChinese(popup, u"site switcher"_s);
        screenShot(window, popup, u"site-switcher"_s);
        switcher->hidePopup();
    }

    void sweepWithFindings()
    {
        // 巡检 from the workbench over two published items that a rule added afterwards flags.
        pd::test::DemoWorkflow flow = m_portal.workflow();
        const qint64 column = flow.columnNamed(u"要闻动态"_s);
        for (int i = 1; i <= 2; ++i)
            QVERIFY(flow.publishNews(column, u"关于调整小区停车收费标准的第%1次通报"_s.arg(i), u"摘要"_s) > 0);
        const auto rule = m_portal.api("POST", u"/api/v1/checks/rules?site=%1"_s.arg(m_portal.siteId()), u"admin"_s,
                                       QJsonDocument(QJsonObject{{u"pattern"_s, u"通报"_s},
                                                                 {u"kind"_s, u"wording"_s},
                                                                 {u"severity"_s, u"warn"_s}}));
        QCOMPARE(rule.status, 201);

        const auto program = startAs(u"editor"_s);
        pd::ui::MainWindow *window = program->window;
        QVERIFY(window);
        auto *sweep = openFromWorkbench<pd::ui::SweepDialog>(window, u"sweepsButton"_s);
        QVERIFY(sweep);
        QTRY_VERIFY(sweep->startButton()->isEnabled());
        sweep->startButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(sweep->findingsView()->model()->rowCount() >= 2 && sweep->startButton()->isEnabled(),
                                 60000);
        sweep->findingsView()->selectRow(0);
        checkChinese(sweep, u"sweep"_s);
        QVERIFY(sweep->frameGeometry().height() <= m_size.height());
        screenshot(sweep, u"sweep-findings"_s);
        sweep->close();
    }
};

QTEST_MAIN(tst_Screens)
#include "tst_screens.moc"
