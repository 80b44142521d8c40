// The editor's 栏目 chooser against a real portald --demo: the demo editor writes for the city portal and the
// demo's department sites, whose columns share names (通知公告 on each). A new item is written from the portal's
// window; the chooser opens by keyboard, a filter over any part of the path narrows the group's tree, the arrows
// and Enter choose a nested column of the second site (教育局 / 教育动态 / 招生考试, added by the administrator), and
// the saved item is on that site in that column with its full path shown. Esc closes without a change; a column
// that does not take news (政府信息公开) cannot be chosen. Screenshot: editor-column-chooser (at 1366×768).
#include "tests/support/ImeTyping.h"
#include "tests/support/MainWindowDriver.h"
#include "tests/support/PortaldFixture.h"
#include "app/editing/ColumnChoiceModel.h"
#include "app/editing/DocumentSession.h"
#include "app/models/Workspace.h"
#include "ui/editor/ColumnChooser.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/editor/NewsMetadataForm.h"
#include "ui/editor/SourceView.h"
#include "ui/mainwindow/MainWindow.h"
#include "app/api/PortalClient.h"
#include "translations/Translations.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using pd::editing::ColumnChoiceModel;

class tst_ColumnChooserUi : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    qint64 m_portalSite = 0;
    qint64 m_education = 0;
    qint64 m_admissions = 0; ///< 临江市教育局网站 / 教育动态 / 招生考试
    qint64 m_educationDisclosure = 0;

    /// The id of the column `name` among `columns` (GET /api/v1/sites/{site}/columns).
    static qint64 columnNamed(const QJsonArray &columns, const QString &name)
    {
        for (const QJsonValue &c : columns)
            if (c.toObject().value(u"name"_s).toString() == name)
                return c.toObject().value(u"id"_s).toInteger();
        return 0;
    }

    /// The rows the popup's tree shows, as "path" strings, top to bottom.
    static QStringList shownPaths(QTreeView *tree, const QModelIndex &parent = {})
    {
        QStringList out;
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex i = tree->model()->index(row, 0, parent);
            out.append(i.data(ColumnChoiceModel::PathRole).toString());
            out.append(shownPaths(tree, i));
        }
        return out;
    }

    /// The editor window as the screen shows it, popup included: QWidget::grab() sees neither the popup (a window
    /// of its own) nor the rich editor's surface.
    static bool shot(QWidget *window, const QString &name)
    {
        QScreen *screen = window->screen();
        if (!screen)
            return false;
        // What is on the screen is what was last painted: paint the windows (the popup too) before reading it.
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->isVisible())
                w->repaint();
        const QRect frame = window->frameGeometry();
        QLabel picture;
        picture.setPixmap(screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()));
        picture.resize(frame.size());
        return pd::test::PortaldFixture::screenshot(&picture, name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortalDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_column_chooser_ui"_s);
        QSettings().clear();
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());

        const auto sites = m_portal.api("GET", u"/api/v1/sites"_s);
        QCOMPARE(sites.status, 200);
        for (const QJsonValue &s : sites.json.array()) {
            const QString name = s.toObject().value(u"name"_s).toString();
            if (name == u"临江市人民政府门户网站"_s)
                m_portalSite = s.toObject().value(u"id"_s).toInteger();
            if (name == u"临江市教育局网站"_s)
                m_education = s.toObject().value(u"id"_s).toInteger();
        }
        QVERIFY(m_portalSite > 0 && m_education > 0);

        const auto columns = m_portal.api("GET", u"/api/v1/sites/%1/columns"_s.arg(m_education));
        QCOMPARE(columns.status, 200);
        const qint64 educationNews = columnNamed(columns.json.array(), u"教育动态"_s);
        m_educationDisclosure = columnNamed(columns.json.array(), u"政府信息公开"_s);
        QVERIFY(educationNews > 0 && m_educationDisclosure > 0);
        // The demo's department sites are flat; the administrator gives 教育动态 a column below it.
        const auto created = m_portal.api("POST", u"/api/v1/sites/%1/columns"_s.arg(m_education), u"admin"_s,
                                          QJsonDocument(QJsonObject{{u"name"_s, u"招生考试"_s},
                                                                    {u"parentId"_s, educationNews},
                                                                    {u"kind"_s, u"news"_s},
                                                                    {u"updateDays"_s, 0}}));
        QVERIFY2(created.status == 201, created.body.constData());
        m_admissions = created.json.object().value(u"id"_s).toInteger();
        QVERIFY(m_admissions > 0);
    }

    void aNewItemGoesToANestedColumnOfAnotherSiteByKeyboard()
    {
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.openOnSite(m_portal, m_portalSite, u"editor"_s, QSize(1280, 800)), desk.failure());
        pd::ui::MainWindow &window = desk.window();

        QPointer<pd::ui::ItemEditorWindow> editor = window.newItem(pd::domain::ItemType::News);
        QVERIFY(editor);
        editor->setGeometry(QRect(QPoint(0, 0), QSize(1366, 768)));
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto *form = editor->findChild<pd::ui::NewsMetadataForm *>();
        auto *chooser = editor->findChild<pd::ui::ColumnChooser *>(u"columnChooser"_s);
        QVERIFY(form && chooser);
        ColumnChoiceModel &choices = form->columnChoices();
        QTRY_VERIFY_WITH_TIMEOUT(choices.isLoaded(m_education), 20000);
        const qint64 before = chooser->currentColumn();
        QVERIFY(before > 0); // a new item starts in the first news column of the window's site
        QCOMPARE(choices.siteOf(before), m_portalSite);

        // Opened from the keyboard; the typing goes to the filter field.
        chooser->setFocus();
        QTRY_VERIFY(chooser->hasFocus());
        QTest::keyClick(chooser, Qt::Key_F4);
        QTRY_VERIFY(chooser->isPopupVisible());
        auto *filter = chooser->popup()->findChild<QLineEdit *>(u"columnFilter"_s);
        auto *tree = chooser->popup()->findChild<QTreeView *>(u"columnChooserTree"_s);
        QVERIFY(filter && tree);
        QTRY_VERIFY(filter->hasFocus());
        // Unfiltered, the whole group is there: every site with its columns.
        const QStringList all = shownPaths(tree);
        QVERIFY2(all.contains(u"临江市人民政府门户网站 / 政务动态 / 要闻动态"_s), qPrintable(all.join(u", ")));
        QVERIFY(all.contains(u"临江市教育局网站 / 教育动态 / 招生考试"_s));
        QVERIFY(all.contains(u"临江市卫生健康委员会网站 / 通知公告"_s));
        QCOMPARE(tree->currentIndex().data(ColumnChoiceModel::ColumnIdRole).toLongLong(), before);

        // Esc closes without a change, whatever was typed and walked to.
        pd::test::ImeTyping::commit(filter, u"通知"_s);
        QTest::keyClick(filter, Qt::Key_Down);
        QTest::keyClick(filter, Qt::Key_Escape);
        QTRY_VERIFY(!chooser->isPopupVisible());
        QCOMPARE(chooser->currentColumn(), before);

        // A column that does not take news cannot be chosen: 政府信息公开 is not even offered.
        QVERIFY(!choices.isChoosable(m_educationDisclosure));
        QTest::keyClick(chooser, Qt::Key_Down, Qt::AltModifier);
        QTRY_VERIFY(chooser->isPopupVisible());
        pd::test::ImeTyping::commit(filter, u"政府信息公开"_s);
        QCOMPARE(shownPaths(tree), QStringList());
        QVERIFY(chooser->popup()->findChild<QLabel *>(u"columnChooserNothing"_s)->isVisible());
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(chooser->isPopupVisible());
        QCOMPARE(chooser->currentColumn(), before);

        // "教育" matches the department site's name: its columns that take news, 招生考试 below 教育动态.
        filter->clear();
        pd::test::ImeTyping::commit(filter, u"教育"_s);
        QCOMPARE(shownPaths(tree), (QStringList{u"临江市教育局网站"_s, u"临江市教育局网站 / 教育动态"_s,
                                                u"临江市教育局网站 / 教育动态 / 招生考试"_s, u"临江市教育局网站 / 通知公告"_s,
                                                u"临江市教育局网站 / 政策文件"_s}));
        QCOMPARE(tree->currentIndex().data(ColumnChoiceModel::ColumnIdRole).toLongLong(),
                 choices.indexForColumn(m_admissions).parent().data(ColumnChoiceModel::ColumnIdRole).toLongLong());
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(tree->currentIndex().data(ColumnChoiceModel::ColumnIdRole).toLongLong(), m_admissions);
        QVERIFY(shot(editor, u"editor-column-chooser"_s));
        QTest::keyClick(filter, Qt::Key_Return);
        QTRY_VERIFY(!chooser->isPopupVisible());
        QCOMPARE(chooser->currentColumn(), m_admissions);
        QCOMPARE(chooser->currentPath(), u"临江市教育局网站 / 教育动态 / 招生考试"_s);
        QCOMPARE(editor->session().item().siteId, m_education);

        editor->findChild<QLineEdit *>(u"titleEdit"_s)->setText(u"市教育局发布秋季招生考试安排"_s);
        editor->findChild<QLineEdit *>(u"authorEdit"_s)->setText(u"市教育局办公室"_s);
        editor->sourceView()->setPlainText(u"<p>秋季招生考试报名时间为九月一日至九月十日。</p>"_s);
        QSignalSpy saved(&editor->session(), &pd::editing::DocumentSession::saved);
        QSignalSpy failed(&editor->session(), &pd::editing::DocumentSession::failed);
        editor->findChild<QAction *>(u"saveAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.constFirst().constFirst().value<pd::Error>().message));

        const qint64 id = editor->session().item().id;
        QVERIFY(id > 0);
        const auto stored = m_portal.api("GET", u"/api/v1/items/%1"_s.arg(id));
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json.object().value(u"site"_s).toInteger(), m_education);
        QCOMPARE(stored.json.object().value(u"columns"_s).toArray(), (QJsonArray{m_admissions}));
        QCOMPARE(chooser->currentPath(), u"临江市教育局网站 / 教育动态 / 招生考试"_s);
        // Saved, the item stays on its site: the portal's columns are no longer offered.
        QVERIFY(!choices.isChoosable(before));
        editor->close();
    }
};

QTEST_MAIN(tst_ColumnChooserUi)
#include "tst_column_chooser_ui.moc"
