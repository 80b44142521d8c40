// Marking disclosure documents 失效 / 废止, driven through the real widgets against a real portald --demo: a publisher
// marks a document 废止 from the main list, naming the replacing document found by its 索引号 in the dialog; both
// public pages show it (checked over HTTP) and the list shows the validity. The catalogue browser shows it too and
// marks another document 失效; the editor window offers the marking to the publisher, never to an editor.
// Screenshot: invalidate-dialog.png.
#include "tests/support/DeskApplication.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/KeyTyping.h"
#include "tests/support/MainWindowDriver.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/Screenshot.h"
#include "app/api/PortalClient.h"
#include "app/editing/ItemListModel.h"
#include "app/models/CachedItemListModel.h"
#include "app/models/Workspace.h"
#include "ui/catalogue/CataloguePage.h"
#include "ui/editor/ItemEditorWindow.h"
#include "ui/items/InvalidateDialog.h"
#include "ui/mainwindow/MainWindow.h"

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
        QVERIFY(pd::test::DeskApplication::prepare(u"tst_invalidate_ui"_s));
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

        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.open(m_portal, u"reviewer3"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        window.showPage(u"disclosure"_s);
        desk.search(title);
        QTRY_VERIFY_WITH_TIMEOUT(desk.rowOf(original) >= 0, 10000);
        const int row = desk.rowOf(original);
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
        pd::test::KeyTyping::type(dialog->searchEdit(), replacingIndexNo);
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
        pd::test::KeyTyping::type(dialog->reasonEdit(), u"已被新文件取代"_s);
        pd::test::Screenshot::grab(dialog, u"invalidate-dialog"_s);
        QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->statusText().isEmpty() || !dialog->errorText().isEmpty(), 10000);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));

        QCOMPARE(disclosureOf(original).value(u"validity"_s).toString(), u"废止"_s);
        QCOMPARE(disclosureOf(original).value(u"replacedBy"_s).toInteger(), replacing);
        // The list shows it; both public pages show it and link to each other.
        const QString shown = window.itemView()->model()->index(desk.rowOf(original),
                                                               pd::editing::ItemListModel::StateSection).data().toString();
        QVERIFY2(shown.contains(u"废止"_s) && shown.contains(u"2026-12-01"_s), qPrintable(shown));
        const QString originalLink = u"/items/%1.html"_s.arg(original);
        const QString replacingLink = u"/items/%1.html"_s.arg(replacing);
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(originalLink).contains(u"起废止"_s), 10000);
        QVERIFY(m_portal.page(originalLink).contains(u"<a href=\"%1\">"_s.arg(replacingLink)));
        QTRY_VERIFY_WITH_TIMEOUT(m_portal.page(replacingLink).contains(u"本文件取代<a href=\"%1\">"_s.arg(originalLink)), 10000);
        dialog->close();

        // Reloaded from the portal, the list still says it (the summaries carry the validity).
        desk.search(title);
        QTRY_VERIFY_WITH_TIMEOUT(!window.itemModel()->isLoading() && desk.rowOf(original) >= 0, 10000);
        QVERIFY(window.itemView()->model()->index(desk.rowOf(original), pd::editing::ItemListModel::StateSection)
                    .data().toString().contains(u"废止"_s));
        // Marked once, it is not offered again.
        window.itemView()->selectionModel()->select(window.itemView()->model()->index(desk.rowOf(original), 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_VERIFY(!invalidate->isEnabled());
    }

    void theCatalogueShowsAndMarks()
    {
        const qint64 abolished = m_documents.at(0).value(u"id"_s).toInteger();
        const qint64 expiring = m_documents.at(2).value(u"id"_s).toInteger();
        pd::test::MainWindowDriver desk;
        QVERIFY2(desk.signIn(m_portal, u"reviewer3"_s), desk.failure());
        pd::ui::MainWindow &window = desk.window();
        pd::ui::CataloguePage *catalogue = desk.addCatalogue();
        QVERIFY2(catalogue, desk.failure());
        // As the application wires it.
        connect(catalogue, &pd::ui::CataloguePage::invalidateRequested, &window,
                [&window, catalogue](const pd::domain::Item &item) {
                    if (pd::ui::InvalidateDialog *dialog = window.invalidate(item, catalogue))
                        connect(dialog, &pd::ui::InvalidateDialog::marked, catalogue, &pd::ui::CataloguePage::refresh);
                });
        QVERIFY2(desk.show(), desk.failure());
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
            pd::test::MainWindowDriver desk;
            QVERIFY2(desk.open(m_portal, user), desk.failure());
            pd::ui::MainWindow &window = desk.window();
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
