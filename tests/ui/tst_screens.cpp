// Every main screen of the desk as the program builds it (the real AppContext, against a real portald --demo, in
// zh_CN), for each kind of user: no visible label, button, heading, list cell or menu in English or as a raw
// internal code, and a screenshot of each at the size of the screens government offices use. PD_SCREEN picks the
// size: "1366" (1366×768) or "hidpi" (1920×1080 at QT_SCALE_FACTOR=1.5, which is 1280×720 of layout); the pictures
// go to $PD_SCREENSHOT_DIR as <screen>-1366.png or <screen>-hidpi.png. Along the way: the login dialog opened with
// a server starts in the user name, and 添加账户 keeps the main window and offers the current server.
#include "tests/support/PortaldFixture.h"
#include "app/AppContext.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/UsersPanel.h"
#include "app/admin/UserListModel.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/dashboard/DashboardPage.h"
#include "app/models/CachedItemListModel.h"
#include "app/models/DisclosureCatalogModel.h"
#include "ui/dialogs/LoginDialog.h"
#include "ui/live/LivePage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/review/ReviewPage.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeView>

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

    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("PD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString path = u"%1/%2-%3.png"_s.arg(dir, name, m_suffix);
        QVERIFY2(widget->grab().save(path), qPrintable(path));
    }

    /// A fresh start of the program as `user` (settings, accounts and caches of earlier runs gone).
    std::unique_ptr<pd::app::AppContext> startAs(QSettings &settings, const QString &user)
    {
        settings.clear();
        settings.setValue(u"ui/mainWindow/geometry"_s, QByteArray());
        auto context = std::make_unique<pd::app::AppContext>(settings);
        pd::app::StartOptions options;
        options.server = m_portal.baseUrl().toString();
        options.user = user;
        options.password = kPassword;
        context->start(options);
        return context;
    }

    pd::ui::MainWindow *mainWindow(pd::app::AppContext &context)
    {
        pd::ui::MainWindow *window = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            window = topLevel<pd::ui::MainWindow>();
            return window && context.workspace().state() == pd::models::Workspace::State::Online;
        }, 20000);
        if (!shown)
            return nullptr;
        window->resize(m_size);
        return window;
    }

    /// Whether page `id` has what it shows (the first answers of the portal are in).
    static bool ready(pd::ui::MainWindow *window, const QString &id)
    {
        QWidget *page = window->page(id);
        if (!page)
            return window->itemModel()->rowCount() > 0 || id == u"review"_s;
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
        QSettings settings;
        auto context = startAs(settings, user);
        pd::ui::MainWindow *window = mainWindow(*context);
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
                            {u"disclosure"_s, u"disclosure"_s}});
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
        QSettings settings;
        auto context = startAs(settings, u"editor"_s);
        pd::ui::MainWindow *window = mainWindow(*context);
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
};

QTEST_MAIN(tst_Screens)
#include "tst_screens.moc"
