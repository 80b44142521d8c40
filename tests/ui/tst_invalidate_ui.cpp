// Marking disclosure documents 失效 / 废止, driven through the real widgets against a real portald --demo: a publisher
// marks a document 废止 from the main list, naming the replacing document found by its 索引号 in the dialog; both
// public pages show it (checked over HTTP) and the list shows the validity. The catalogue browser shows it too and
// marks another document 失效; the editor window offers the marking to the publisher, never to an editor.
// Screenshot: invalidate-dialog.png.
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/Screenshot.h"
#include "app/api/PortalClient.h"
#include "app/editing/ItemListModel.h"
#include "app/models/CachedItemListModel.h"
#include "app/models/Workspace.h"
#include "app/store/LocalStore.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/items/InvalidateDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "translations/Translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_InvalidateUi : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::test::HttpProbe m_http;
    QString m_publisher;
    QList<QJsonObject> m_documents; ///< published disclosure documents of the demo site, as listed at the start

    QJsonObject disclosureOf(qint64 id)
    {
        return m_http.json("GET", m_portal.url(u"/api/v1/items/%1"_s.arg(id)), m_publisher)
            .json.object()
            .value(u"disclosure"_s)
            .toObject();
    }

    /// Types `text` (Chinese included) as committed key input, character by character.
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    /// The main list's row of item `id` (the list narrowed to its title first); -1 when not there.
    static int rowOf(pd::ui::MainWindow &window, qint64 id)
    {
        QAbstractItemModel *model = window.itemView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(pd::editing::ItemListModel::ItemIdRole).toLongLong() == id)
                return row;
        return -1;
    }

    static int catalogueRowOf(pd::models::CachedItemListModel *items, qint64 id)
    {
        for (int r = 0; r < items->rowCount(); ++r)
            if (items->itemId(r) == id)
                return r;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PortalDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_invalidate_ui"_s);
        QSettings().clear();
        QVERIFY(pd::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Chinese, QLocale::China)));
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_publisher = m_portal.newToken(u"reviewer3"_s);
        QVERIFY(!m_publisher.isEmpty());
        const auto listed = m_http.json("GET", m_portal.url(u"/api/v1/items?type=disclosure&state=published&limit=20"_s),
                                        m_publisher);
        for (const QJsonValue &v : listed.json.object().value(u"items"_s).toArray())
            m_documents.append(v.toObject());
        QVERIFY(m_documents.size() >= 4);
    }

    void cleanupTestCase()
    {
        QVERIFY2(m_portal.stop(), m_portal.failure());
    }

    void abolishFromTheListWithTheReplacingDocument()
    {
        const qint64 original = m_documents.at(0).value(u"id"_s).toInteger();
        const QString title = m_documents.at(0).value(u"title"_s).toString();
        const qint64 replacing = m_documents.at(1).value(u"id"_s).toInteger();
        const QString replacingIndexNo = m_documents.at(1).value(u"indexNo"_s).toString();
        QVERIFY(!replacingIndexNo.isEmpty());

        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace, u"reviewer3"_s), m_portal.failure());
        pd::ui::MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(u"disclosure"_s);
        auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
        search->setText(title);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(window, original) >= 0, 10000);
        const int row = rowOf(window, original);
        window.itemView()->selectionModel()->select(window.itemView()->model()->index(row, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *invalidate = window.findChild<QAction *>(u"invalidateAction"_s);
        QVERIFY(invalidate);
        QTRY_VERIFY(invalidate->isEnabled());
        invalidate->trigger();
        auto *dialog = window.findChild<pd::ui::InvalidateDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // The pages that will show the marking, before anything is confirmed: the catalogue among them.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->pageList()->findItems(u"信息公开目录"_s, Qt::MatchContains).isEmpty(), 10000);

        dialog->validityBox()->setCurrentIndex(dialog->validityBox()->findData(u"废止"_s));
        dialog->dateEdit()->setDate(QDate(2026, 12, 1));
        // The replacing document, found by its 索引号.
        dialog->searchEdit()->setFocus();
        type(dialog->searchEdit(), replacingIndexNo);
        QListWidget *candidates = dialog->replacementList();
        const auto candidateRow = [candidates, replacing] {
            for (int i = 0; i < candidates->count(); ++i)
                if (candidates->item(i)->data(Qt::UserRole + 1).toLongLong() == replacing)
                    return i;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(candidateRow() >= 0, 10000);
        candidates->setCurrentRow(candidateRow());
        QCOMPARE(dialog->replacedBy(), replacing);
        dialog->reasonEdit()->setFocus();
        type(dialog->reasonEdit(), u"已被新文件取代"_s);
        pd::test::Screenshot::grab(dialog, u"invalidate-dialog"_s);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->statusText().isEmpty() || !dialog->errorText().isEmpty(), 10000);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));

        QCOMPARE(disclosureOf(original).value(u"validity"_s).toString(), u"废止"_s);
        QCOMPARE(disclosureOf(original).value(u"replacedBy"_s).toInteger(), replacing);
        // The list shows it; both public pages show it and link to each other.
        const QString shown = window.itemView()->model()->index(rowOf(window, original),
                                                               pd::editing::ItemListModel::StateSection).data().toString();
        QVERIFY2(shown.contains(u"废止"_s) && shown.contains(u"2026-12-01"_s), qPrintable(shown));
        const QString originalLink = u"/items/%1.html"_s.arg(original);
        const QString replacingLink = u"/items/%1.html"_s.arg(replacing);
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(originalLink).contains(u"起废止"_s), 10000);
        QVERIFY(m_portal.page(originalLink).contains(u"<a href=\"%1\">"_s.arg(replacingLink)));
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(replacingLink).contains(u"本文件取代<a href=\"%1\">"_s.arg(originalLink)), 10000);
        dialog->close();

        // Reloaded from the portal, the list still says it (the summaries carry the validity).
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window.itemModel()->isLoading() && rowOf(window, original) >= 0, 10000);
        QVERIFY(window.itemView()->model()->index(rowOf(window, original), pd::editing::ItemListModel::StateSection)
                    .data().toString().contains(u"废止"_s));
        // Marked once, it is not offered again.
        window.itemView()->selectionModel()->select(window.itemView()->model()->index(rowOf(window, original), 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY(!invalidate->isEnabled());
    }

    void theCatalogueShowsAndMarks()
    {
        const qint64 abolished = m_documents.at(0).value(u"id"_s).toInteger();
        const qint64 expiring = m_documents.at(2).value(u"id"_s).toInteger();
        pd::api::PortalClient client;
        pd::models::Workspace workspace(client);
        QVERIFY2(m_portal.signIn(workspace, u"reviewer3"_s), m_portal.failure());
        QTemporaryDir dir;
        pd::store::LocalStore store;
        QVERIFY(store.open(dir.filePath(u"account.sqlite"_s)));
        pd::ui::MainWindow window(workspace);
        auto *catalogue = new pd::ui::CataloguePage(workspace, store);
        window.addPage(u"disclosure"_s, u"信息公开"_s, catalogue);
        // As the application wires it.
        connect(catalogue, &pd::ui::CataloguePage::invalidateRequested, &window,
                [&window, catalogue](const pd::domain::Item &item) {
                    if (pd::ui::InvalidateDialog *dialog = window.invalidate(item, catalogue))
                        connect(dialog, &pd::ui::InvalidateDialog::marked, catalogue, &pd::ui::CataloguePage::refresh);
                });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(u"disclosure"_s);
        pd::models::CachedItemListModel *items = catalogue->itemModel();
        QTRY_VERIFY_WITH_TIMEOUT(catalogueRowOf(items, abolished) >= 0 && catalogueRowOf(items, expiring) >= 0, 30000);
        const auto stateShown = [items](qint64 id) {
            const int r = catalogueRowOf(items, id);
            return r < 0 ? QString()
                         : items->index(r, pd::models::CachedItemListModel::StateColumn).data().toString();
        };
        QVERIFY2(stateShown(abolished).contains(u"废止"_s), qPrintable(stateShown(abolished)));
        QVERIFY2(!stateShown(expiring).contains(u"失效"_s), qPrintable(stateShown(expiring)));

        catalogue->itemView()->selectionModel()->select(items->index(catalogueRowOf(items, expiring), 0),
                                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *invalidate = catalogue->itemView()->findChild<QAction *>(u"invalidateAction"_s);
        QVERIFY(invalidate);
        QTRY_VERIFY(invalidate->isEnabled());
        invalidate->trigger();
        auto *dialog = catalogue->findChild<pd::ui::InvalidateDialog *>();
        QVERIFY(dialog);
        dialog->validityBox()->setCurrentIndex(dialog->validityBox()->findData(u"失效"_s));
        QCOMPARE(dialog->replacedBy(), 0);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->statusText().isEmpty() || !dialog->errorText().isEmpty(), 10000);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QCOMPARE(disclosureOf(expiring).value(u"validity"_s).toString(), u"失效"_s);
        QTRY_VERIFY_WITH_TIMEOUT(stateShown(expiring).contains(u"失效"_s), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(u"/items/%1.html"_s.arg(expiring)).contains(u"起失效"_s), 10000);
        dialog->close();
    }

    void theEditorOffersItToThePublisherOnly()
    {
        const qint64 id = m_documents.at(3).value(u"id"_s).toInteger();
        for (const QString &user : {u"editor"_s, u"reviewer3"_s}) {
            pd::api::PortalClient client;
            pd::models::Workspace workspace(client);
            QVERIFY2(m_portal.signIn(workspace, user), m_portal.failure());
            pd::ui::MainWindow window(workspace);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            pd::ui::ItemEditorWindow *editor = window.openItem(id);
            QVERIFY(editor);
            auto *invalidate = editor->findChild<QAction *>(u"invalidateAction"_s);
            QVERIFY(invalidate);
            QTRY_COMPARE_WITH_TIMEOUT(editor->session().item().id, id, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(invalidate->isVisible(), user == u"reviewer3"_s, 10000);
            if (user == u"editor"_s) {
                QVERIFY(!invalidate->isVisible());
                QCOMPARE(window.invalidate(editor->session().item(), editor), nullptr);
            }
            editor->close();
        }
    }
};

QTEST_MAIN(tst_InvalidateUi)
#include "tst_invalidate_ui.moc"
