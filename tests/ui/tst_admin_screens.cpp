// The 管理 screens beside 用户与角色, driven offscreen against a real portald (--demo) as the administrator: a new
// department site through the site form, its column tree built by drag and drop, its own topic categories, a review
// policy change — and each refusal (a wrong 网站标识码 or org code, a 网站标识码 in use, a column moved under itself,
// a duplicate column name, disabling a column with published items, a duplicate category code, deleting a category
// in use, a site changed meanwhile) shown in Chinese, with the tree snapping back where a move was refused.
#include "tests/support/DeskApplication.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/PortaldFixture.h"
#include "tests/support/Screenshot.h"
#include "app/admin/CategoryListModel.h"
#include "app/admin/ColumnArrangementModel.h"
#include "app/admin/SiteListModel.h"
#include "app/api/PortalClient.h"
#include "app/editing/TopicCategorySource.h"
#include "app/models/DisclosureCatalogModel.h"
#include "app/models/Workspace.h"
#include "ui/admin/AdminEntry.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/CategoriesPanel.h"
#include "ui/admin/ColumnsPanel.h"
#include "ui/admin/PolicyPanel.h"
#include "ui/admin/SiteChooser.h"
#include "ui/admin/SiteDialog.h"
#include "ui/admin/SitesPanel.h"
#include "ui/disclosure/DisclosureForm.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = pd::test::PortaldFixture::password();

/// Where a drop lands on `index`'s row: onto it, or into the gap just above it.
enum class Spot { Onto, Above };

/// Drags `dragged` to `target` in the tree as a person's mouse would end: the view receives the drag entering,
/// moving and the drop at that point, and decides from the point itself where the column goes.
void dragAndDrop(QTreeView *view, const QModelIndex &dragged, const QModelIndex &target, Spot spot)
{
    const QRect rect = view->visualRect(target);
    const QPoint at = spot == Spot::Onto ? rect.center() : QPoint(rect.center().x(), rect.top() + 1);
    std::unique_ptr<QMimeData> data(view->model()->mimeData({dragged}));
    QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    QDropEvent drop(QPointF(at), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &drop);
}

/// The names under `parentId` (0: top level) as the tree shows them.
QStringList namesUnder(pd::admin::ColumnArrangementModel *model, qint64 parentId)
{
    QStringList names;
    for (const qint64 id : model->childIds(parentId))
        names.append(model->column(id)->name);
    return names;
}

/// The top-level column called `name`.
qint64 topNamed(pd::admin::ColumnArrangementModel *model, const QString &name)
{
    for (const qint64 id : model->childIds(0))
        if (model->column(id)->name == name)
            return id;
    return 0;
}

qint64 idNamed(pd::admin::ColumnArrangementModel *model, const QString &name)
{
    for (const pd::domain::Column &c : model->columns())
        if (c.name == name)
            return c.id;
    return 0;
}

} // namespace

class tst_AdminScreens : public QObject
{
    Q_OBJECT

    pd::test::PortaldFixture m_portal;
    pd::api::PortalClient *m_client = nullptr;
    pd::models::Workspace *m_workspace = nullptr;
    pd::ui::MainWindow *m_window = nullptr;
    pd::ui::AdminPage *m_page = nullptr;
    pd::test::HttpProbe m_http;
    QString m_adminToken;
    qint64 m_demoSite = 0;
    qint64 m_newSite = 0;

    QUrl url(const QString &path) const
    {
        QUrl u = m_portal.baseUrl();
        u.setPath(path);
        return u;
    }
    void showTab(QWidget *panel)
    {
        m_page->tabs()->setCurrentWidget(panel);
        QTRY_VERIFY(panel->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(pd::test::DeskApplication::prepare(u"tst_admin_screens"_s));
        QVERIFY2(m_portal.start(), m_portal.failure());
        m_adminToken = m_portal.newToken(u"admin"_s);
        QVERIFY(!m_adminToken.isEmpty());
        m_demoSite = m_http.json("GET", url(u"/api/v1/sites"_s), m_adminToken).json.array().first().toObject().value(u"id").toInteger();

        m_client = new pd::api::PortalClient(this);
        m_workspace = new pd::models::Workspace(*m_client, this);
        QSignalSpy signedIn(m_workspace, &pd::models::Workspace::signedIn);
        m_workspace->signIn(m_portal.baseUrl().toString(), u"admin"_s, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        m_window = new pd::ui::MainWindow(*m_workspace);
        pd::ui::AdminEntry::install(*m_window, *m_workspace, *m_client);
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_page = qobject_cast<pd::ui::AdminPage *>(m_window->page(u"admin"_s));
        QVERIFY(m_page);
        QSignalSpy columnsLoaded(m_page->columnsPanel(), &pd::ui::ColumnsPanel::loaded);
        m_window->showPage(u"admin"_s);
        QTRY_VERIFY_WITH_TIMEOUT(columnsLoaded.size() >= 1, 20000);
        QVERIFY(m_page->sitesPanel()->model()->rowOf(m_demoSite) >= 0);
    }

    void aDepartmentSiteIsCreatedThroughTheForm()
    {
        pd::ui::SitesPanel *sites = m_page->sitesPanel();
        QAbstractItemModelTester tester(sites->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        showTab(sites);
        pd::ui::SiteDialog *dialog = sites->newSite();
        QVERIFY(dialog);
        // Joins the portal by default.
        QCOMPARE(dialog->findChild<QComboBox *>(u"parentSiteCombo"_s)->currentData().toLongLong(), m_demoSite);
        dialog->findChild<QLineEdit *>(u"siteNameEdit"_s)->setText(u"临江市水务局"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"siteCodeEdit"_s), u"32170021"_s);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"orgCodeEdit"_s), u"11321700014538266X"_s);
        auto *save = dialog->findChild<QPushButton *>(u"saveSiteButton"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        // Wrong shapes are refused before anything is sent, next to their fields, in Chinese.
        auto *codeError = dialog->findChild<QLabel *>(u"siteCodeError"_s);
        auto *orgError = dialog->findChild<QLabel *>(u"orgCodeError"_s);
        QVERIFY(codeError->isVisible() && orgError->isVisible());
        QVERIFY2(codeError->text().contains(u"10 位数字"_s), qPrintable(codeError->text()));
        QVERIFY2(orgError->text().contains(u"统一社会信用代码"_s), qPrintable(orgError->text()));

        // A 网站标识码 another site uses: the server's refusal, next to the field.
        const QString demoCode = sites->model()->siteAt(sites->model()->rowOf(m_demoSite))->siteCode;
        dialog->findChild<QLineEdit *>(u"siteCodeEdit"_s)->setText(demoCode);
        dialog->findChild<QLineEdit *>(u"orgCodeEdit"_s)->setText(u"11321700014538266M"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(codeError->isVisible() && codeError->text() == u"已被使用"_s, 20000);
        QVERIFY2(dialog->messageText().contains(u"已被"_s), qPrintable(dialog->messageText()));
        QVERIFY(!orgError->isVisible());

        // Working hours in a shape the form cannot read: said next to them.
        auto *periods = dialog->findChild<QLineEdit *>(u"workingPeriodsEdit"_s);
        QCOMPARE(periods->text(), u"09:00-12:00 13:30-17:30"_s);
        periods->setText(u"9点到12点"_s);
        QTest::mouseClick(save, Qt::LeftButton);
        auto *hoursError = dialog->findChild<QLabel *>(u"workingHoursError"_s);
        QVERIFY(hoursError->isVisible());
        QVERIFY2(hoursError->text().contains(u"09:00-12:00"_s), qPrintable(hoursError->text()));
        periods->setText(u"08:30-12:00 14:00-17:30"_s);
        dialog->findChild<QCheckBox *>(u"workingDay6"_s)->setChecked(true);

        dialog->findChild<QLineEdit *>(u"siteCodeEdit"_s)->setText(u"3217009921"_s);
        dialog->findChild<QLineEdit *>(u"siteDomainEdit"_s)->setText(u"swj.linjiang.gov.cn"_s);
        dialog->findChild<QLineEdit *>(u"publicUrlEdit"_s)->setText(u"https://swj.linjiang.gov.cn/"_s);
        dialog->findChild<QSpinBox *>(u"reviewLevelsSpin"_s)->setValue(3);
        QPointer<pd::ui::SiteDialog> form = dialog;
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form.isNull(), 20000);
        QCOMPARE(sites->messageText(), u"已创建站点 临江市水务局。"_s);
        const int row = sites->view()->currentIndex().row();
        const pd::domain::Site *created = sites->model()->siteAt(row);
        QVERIFY(created && created->name == u"临江市水务局"_s);
        QCOMPARE(created->parentSiteId, m_demoSite);
        QCOMPARE(created->workingHours.value(u"periods").toArray().size(), 2);
        QCOMPARE(created->workingHours.value(u"periods").toArray().first().toObject().value(u"start").toString(), u"08:30"_s);
        QCOMPARE(created->workingHours.value(u"days").toArray().size(), 6);
        m_newSite = created->id;
        QCOMPARE(sites->model()->index(row, pd::admin::SiteListModel::PortalSection).data().toString(),
                 sites->model()->siteAt(sites->model()->rowOf(m_demoSite))->name);
        // Every screen that works on a site offers the new one.
        QVERIFY(m_page->columnsPanel()->findChild<pd::ui::SiteChooser *>(u"columnsSite"_s)->findData(m_newSite) >= 0);
        QVERIFY(m_page->policyPanel()->findChild<pd::ui::SiteChooser *>(u"policySite"_s)->findData(m_newSite) >= 0);
        pd::test::Screenshot::grab(m_window, u"admin-sites"_s);
    }

    void aSiteChangedMeanwhileShowsTheConflictAndReloads()
    {
        pd::ui::SitesPanel *sites = m_page->sitesPanel();
        sites->view()->setCurrentIndex(sites->model()->index(sites->model()->rowOf(m_newSite), 0));
        pd::ui::SiteDialog *dialog = sites->editSelected();
        QVERIFY(dialog);
        const auto before = m_http.json("GET", url(u"/api/v1/sites"_s), m_adminToken);
        qint64 revision = 0;
        for (const QJsonValue &s : before.json.array())
            if (s.toObject().value(u"id").toInteger() == m_newSite)
                revision = s.toObject().value(u"revision").toInteger();
        const auto other = m_http.json("PUT", url(u"/api/v1/sites/%1"_s.arg(m_newSite)), m_adminToken,
                                       QJsonDocument(QJsonObject{{u"domain"_s, u"water.linjiang.gov.cn"_s}}),
                                       {{"If-Match", '"' + QByteArray::number(revision) + '"'}});
        QCOMPARE(other.status, 200);

        dialog->findChild<QCheckBox *>(u"traditionalCheck"_s)->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveSiteButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->messageText().contains(u"已被他人修改"_s), 20000);
        // The list shows the other version; the form keeps what was typed and saves over it on the next try.
        QTRY_COMPARE_WITH_TIMEOUT(sites->model()->siteAt(sites->model()->rowOf(m_newSite))->domain,
                                  u"water.linjiang.gov.cn"_s, 20000);
        QVERIFY(dialog->findChild<QCheckBox *>(u"traditionalCheck"_s)->isChecked());
        QPointer<pd::ui::SiteDialog> form = dialog;
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveSiteButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form.isNull(), 20000);
        QVERIFY(sites->model()->siteAt(sites->model()->rowOf(m_newSite))->traditional);
    }

    void aColumnTreeIsBuiltByDragAndDrop()
    {
        pd::ui::ColumnsPanel *panel = m_page->columnsPanel();
        pd::admin::ColumnArrangementModel *model = panel->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        showTab(panel);
        QSignalSpy loaded(panel, &pd::ui::ColumnsPanel::loaded);
        panel->findChild<pd::ui::SiteChooser *>(u"columnsSite"_s)->chooseSite(m_newSite);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
        QCOMPARE(model->rowCount(), 0);

        auto *name = panel->findChild<QLineEdit *>(u"newColumnName"_s);
        auto *kind = panel->findChild<QComboBox *>(u"newColumnKind"_s);
        auto *addTop = panel->findChild<QPushButton *>(u"addTopColumnButton"_s);
        const auto addAtTop = [&](const QString &column, const QString &kindCode) {
            loaded.clear();
            name->setText(column);
            kind->setCurrentIndex(kind->findData(kindCode));
            QTest::mouseClick(addTop, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
        };
        addAtTop(u"机构概况"_s, u"news"_s);
        addAtTop(u"政务公开"_s, u"disclosure"_s);
        addAtTop(u"通知公告"_s, u"notice"_s);
        addAtTop(u"领导信息"_s, u"news"_s);
        QCOMPARE(namesUnder(model, 0), (QStringList{u"机构概况"_s, u"政务公开"_s, u"通知公告"_s, u"领导信息"_s}));

        // 通知公告 dropped onto 政务公开 goes under it; 领导信息 onto 机构概况 likewise.
        QTreeView *view = panel->view();
        loaded.clear();
        dragAndDrop(view, model->indexOf(idNamed(model, u"通知公告"_s)), model->indexOf(idNamed(model, u"政务公开"_s)), Spot::Onto);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
        QCOMPARE(namesUnder(model, idNamed(model, u"政务公开"_s)), QStringList{u"通知公告"_s});
        loaded.clear();
        dragAndDrop(view, model->indexOf(idNamed(model, u"领导信息"_s)), model->indexOf(idNamed(model, u"机构概况"_s)), Spot::Onto);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
        QCOMPARE(namesUnder(model, 0), (QStringList{u"机构概况"_s, u"政务公开"_s}));
        // Reorder: 政务公开 into the gap above 机构概况.
        loaded.clear();
        dragAndDrop(view, model->indexOf(idNamed(model, u"政务公开"_s)), model->indexOf(idNamed(model, u"机构概况"_s)), Spot::Above);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
        QCOMPARE(namesUnder(model, 0), (QStringList{u"政务公开"_s, u"机构概况"_s}));
        QCOMPARE(panel->messageText(), u"已移动栏目 政务公开。"_s);
        // The server agrees with what the tree shows.
        QStringList top;
        for (const QJsonValue &c : m_http.json("GET", url(u"/api/v1/sites/%1/columns"_s.arg(m_newSite)), m_adminToken).json.array())
            if (c.toObject().value(u"parentId").isNull())
                top.append(c.toObject().value(u"name").toString());
        QCOMPARE(top, (QStringList{u"政务公开"_s, u"机构概况"_s}));

        // A column moved under its own sub-column: the server's reason, and the tree as it was.
        const QByteArray treeBefore = m_http.json("GET", url(u"/api/v1/sites/%1/columns"_s.arg(m_newSite)), m_adminToken).body;
        dragAndDrop(view, model->indexOf(idNamed(model, u"机构概况"_s)), model->indexOf(idNamed(model, u"领导信息"_s)), Spot::Onto);
        QTRY_VERIFY_WITH_TIMEOUT(panel->messageIsError(), 20000);
        QVERIFY2(panel->messageText().contains(u"不能移到它自己或它的下级栏目之下"_s), qPrintable(panel->messageText()));
        QCOMPARE(namesUnder(model, 0), (QStringList{u"政务公开"_s, u"机构概况"_s}));
        QCOMPARE(namesUnder(model, idNamed(model, u"机构概况"_s)), QStringList{u"领导信息"_s});
        QCOMPARE(m_http.json("GET", url(u"/api/v1/sites/%1/columns"_s.arg(m_newSite)), m_adminToken).body, treeBefore);

        // A move into a parent that already has a column of that name: refused, and the tree snaps back.
        addAtTop(u"领导信息"_s, u"news"_s);
        dragAndDrop(view, model->indexOf(topNamed(model, u"领导信息"_s)), model->indexOf(idNamed(model, u"机构概况"_s)), Spot::Onto);
        QTRY_VERIFY_WITH_TIMEOUT(panel->messageIsError(), 20000);
        QVERIFY2(panel->messageText().contains(u"已有名为“领导信息”的栏目"_s), qPrintable(panel->messageText()));
        QCOMPARE(namesUnder(model, 0), (QStringList{u"政务公开"_s, u"机构概况"_s, u"领导信息"_s}));
        panel->selectColumn(topNamed(model, u"领导信息"_s));
        loaded.clear();
        QTest::mouseClick(panel->findChild<QPushButton *>(u"deleteColumnButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
        QCOMPARE(namesUnder(model, 0), (QStringList{u"政务公开"_s, u"机构概况"_s}));

        // A name its new siblings already have.
        name->setText(u"政务公开"_s);
        QTest::mouseClick(addTop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->messageText().contains(u"已有名为“政务公开”的栏目"_s), 20000);
        QCOMPARE(model->rowCount(), 2);

        // Rename, kind, update rule and catalogue flag through the form.
        panel->selectColumn(idNamed(model, u"领导信息"_s));
        panel->findChild<QLineEdit *>(u"columnNameEdit"_s)->setText(u"领导之窗"_s);
        panel->findChild<QSpinBox *>(u"updateDaysSpin"_s)->setValue(30);
        panel->findChild<QCheckBox *>(u"inCatalogueCheck"_s)->setChecked(true);
        loaded.clear();
        QTest::mouseClick(panel->findChild<QPushButton *>(u"saveColumnButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
        const pd::domain::Column *leaders = model->column(idNamed(model, u"领导之窗"_s));
        QVERIFY(leaders);
        QCOMPARE(leaders->updateDays, 30);
        QVERIFY(leaders->inCatalogue);
        QCOMPARE(panel->selectedId(), leaders->id);
        pd::test::Screenshot::grab(m_window, u"admin-columns"_s);
    }

    void disablingAColumnWithPublishedItemsIsRefused()
    {
        pd::ui::ColumnsPanel *panel = m_page->columnsPanel();
        showTab(panel);
        const QString editor = m_portal.newToken(u"editor"_s);
        QUrl list = url(u"/api/v1/items"_s);
        list.setQuery(u"state=published&limit=1&site=%1"_s.arg(m_demoSite));
        const QJsonArray items = m_http.json("GET", list, editor).json.object().value(u"items").toArray();
        QVERIFY(!items.isEmpty());
        const qint64 busy = items.first().toObject().value(u"columns").toArray().first().toInteger();
        QSignalSpy loaded(panel, &pd::ui::ColumnsPanel::loaded);
        panel->findChild<pd::ui::SiteChooser *>(u"columnsSite"_s)->chooseSite(m_demoSite);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
        panel->selectColumn(busy);
        auto *enabled = panel->findChild<QCheckBox *>(u"columnEnabledCheck"_s);
        QVERIFY(enabled->isChecked());
        enabled->setChecked(false);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"saveColumnButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->messageIsError(), 20000);
        QVERIFY2(panel->messageText().contains(u"已发布"_s), qPrintable(panel->messageText()));
        // The form snaps back to the column as the server still has it.
        QVERIFY(enabled->isChecked());
        QVERIFY(panel->model()->column(busy)->enabled);
        auto *enabledError = panel->findChild<QLabel *>(u"enabledError"_s);
        QVERIFY(enabledError && enabledError->isVisible());
    }

    void aSiteHasItsOwnTopicCategories()
    {
        pd::ui::CategoriesPanel *panel = m_page->categoriesPanel();
        QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        showTab(panel);
        QSignalSpy loaded(panel, &pd::ui::CategoriesPanel::loaded);
        panel->findChild<pd::ui::SiteChooser *>(u"categoriesSite"_s)->chooseSite(m_newSite);
        QTRY_VERIFY2_WITH_TIMEOUT(loaded.size() >= 1, qPrintable(panel->messageText()), 20000);
        auto *parent = panel->findChild<QComboBox *>(u"categoryParentCombo"_s);
        auto *code = panel->findChild<QLineEdit *>(u"categoryCodeEdit"_s);
        auto *name = panel->findChild<QLineEdit *>(u"categoryNameEdit"_s);
        auto *add = panel->findChild<QPushButton *>(u"addCategoryButton"_s);

        // A code that looks like a national one is refused before it is sent.
        code->setText(u"0101"_s);
        name->setText(u"水资源管理"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY2(panel->messageText().contains(u"大写字母"_s), qPrintable(panel->messageText()));

        code->setText(u"SW01"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 20000);
        // The sub-category form offers the new top category and the next free code under it.
        parent->setCurrentIndex(parent->findData(u"SW01"_s));
        QCOMPARE(code->text(), u"SW0101"_s);
        name->setText(u"防汛抗旱"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 2, 20000);
        QCOMPARE(panel->model()->categoryAt(1)->parentCode, u"SW01"_s);

        // A code already used.
        parent->setCurrentIndex(0);
        code->setText(u"SW01"_s);
        name->setText(u"水利工程"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->messageText().contains(u"分类编码 SW01 已被"_s), 20000);
        QCOMPARE(panel->model()->rowCount(), 2);

        // Rename through If-Match.
        panel->selectCategory(u"SW01"_s);
        panel->findChild<QLineEdit *>(u"categoryRenameEdit"_s)->setText(u"水资源"_s);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"renameCategoryButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->categoryAt(0)->name, u"水资源"_s, 20000);
        QCOMPARE(panel->model()->categoryAt(0)->revision, 2);

        // A category an item is filed under stays: an editor of the site files one under SW0101.
        const auto column = m_http.json("POST", url(u"/api/v1/sites/%1/columns"_s.arg(m_newSite)), m_adminToken,
                                        QJsonDocument(QJsonObject{{u"name"_s, u"信息公开目录"_s}, {u"kind"_s, u"disclosure"_s}}));
        QCOMPARE(column.status, 201);
        const QJsonObject account{{u"username"_s, u"swj-editor"_s}, {u"displayName"_s, u"水务编辑"_s},
                                  {u"roles"_s, QJsonArray{QJsonObject{{u"role"_s, u"editor"_s}, {u"site"_s, m_newSite}}}}};
        const auto created = m_http.json("POST", url(u"/api/v1/users"_s), m_adminToken, QJsonDocument(account));
        QCOMPARE(created.status, 201);
        const QString once = created.json.object().value(u"oneTimePassword").toString();
        const QString firstToken = m_http.login(m_portal.baseUrl(), u"swj-editor"_s, once);
        QCOMPARE(m_http.json("POST", url(u"/api/v1/me/password"_s), firstToken,
                             QJsonDocument(QJsonObject{{u"currentPassword"_s, once}, {u"newPassword"_s, u"swj-editor-password"_s}}))
                     .status,
                 204);
        const QString editorToken = m_http.login(m_portal.baseUrl(), u"swj-editor"_s, u"swj-editor-password"_s);
        const QJsonObject item{
            {u"site"_s, m_newSite}, {u"type"_s, u"disclosure"_s},
            {u"columns"_s, QJsonArray{column.json.object().value(u"id").toInteger()}},
            {u"title"_s, u"关于汛期值班的通知"_s}, {u"bodyHtml"_s, u"<p>值班安排。</p>"_s},
            {u"disclosure"_s, QJsonObject{{u"publisher"_s, u"临江市水务局"_s},
                                          {u"writtenDate"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate)},
                                          {u"topicCategory"_s, u"SW0101"_s}, {u"genre"_s, u"通知"_s},
                                          {u"mode"_s, u"主动公开"_s}, {u"term"_s, u"长期"_s},
                                          {u"scope"_s, u"面向社会"_s}, {u"validity"_s, u"有效"_s}}}};
        const auto filed = m_http.json("POST", url(u"/api/v1/items"_s), editorToken, QJsonDocument(item));
        QVERIFY2(filed.status == 201, filed.body.constData());
        // The catalogue browser shows the item under the site's own category, after the national ones.
        pd::models::DisclosureCatalogModel catalogue(*m_client, nullptr);
        QSignalSpy catalogueLoaded(&catalogue, &pd::models::DisclosureCatalogModel::loaded);
        catalogue.setSite(m_newSite);
        QTRY_VERIFY_WITH_TIMEOUT(catalogueLoaded.size() >= 1, 20000);
        const QModelIndex own = catalogue.indexOfCode(u"SW0101"_s);
        QVERIFY(own.isValid());
        QCOMPARE(own.data(pd::models::DisclosureCatalogModel::CountRole).toInt(), 1);
        QCOMPARE(catalogue.indexOfCode(u"SW01"_s).row(), catalogue.rowCount() - 1);

        // The disclosure form's chooser offers them once the site's categories are read, and accepts the choice.
        pd::editing::TopicCategorySource source(*m_client);
        QSignalSpy sourceLoaded(&source, &pd::editing::TopicCategorySource::loaded);
        source.load(m_newSite);
        QTRY_COMPARE_WITH_TIMEOUT(sourceLoaded.size(), 1, 20000);
        pd::ui::DisclosureForm form;
        auto *topics = form.findChild<QComboBox *>(u"topicCategoryCombo"_s);
        QCOMPARE(topics->findData(u"SW0101"_s), -1);
        form.setSiteCategories(*source.categories(m_newSite));
        const int offered = topics->findData(u"SW0101"_s);
        QVERIFY(offered > 0);
        QCOMPARE(topics->itemText(offered).trimmed(), u"水资源/防汛抗旱"_s);
        topics->setCurrentIndex(offered);
        QCOMPARE(form.meta().topicCategory, u"SW0101"_s);
        const auto topicProblem = [&] {
            for (const pd::FieldError &e : form.problems())
                if (e.field == u"topicCategory"_s)
                    return true;
            return false;
        };
        QVERIFY(!topicProblem());
        pd::domain::DisclosureMeta unknown = form.meta();
        unknown.topicCategory = u"SW0199"_s;
        form.setMeta(unknown);
        QVERIFY(topicProblem());

        panel->selectCategory(u"SW0101"_s);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"deleteCategoryButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->messageText().contains(u"不能删除"_s), 20000);
        QCOMPARE(panel->model()->rowCount(), 2);
        pd::test::Screenshot::grab(m_window, u"admin-categories"_s);
    }

    void aReviewPolicyIsChanged()
    {
        pd::ui::PolicyPanel *panel = m_page->policyPanel();
        showTab(panel);
        QSignalSpy loaded(panel, &pd::ui::PolicyPanel::loaded);
        panel->findChild<pd::ui::SiteChooser *>(u"policySite"_s)->chooseSite(m_newSite);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() >= 1, 20000);
        auto *levels = panel->findChild<QSpinBox *>(u"policyLevelsSpin"_s);
        QCOMPARE(levels->value(), 3);
        QVERIFY(!panel->findChild<QCheckBox *>(u"sameReviewerCheck"_s)->isChecked());
        QVERIFY(!panel->findChild<QCheckBox *>(u"authorReviewCheck"_s)->isChecked());
        levels->setValue(2);
        panel->findChild<QCheckBox *>(u"authorReviewCheck"_s)->setChecked(true);
        QSignalSpy reloadedSites(m_page->sitesPanel(), &pd::ui::SitesPanel::sitesChanged);
        QTest::mouseClick(panel->findChild<QPushButton *>(u"savePolicyButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->messageText().startsWith(u"已保存"_s), 20000);
        const auto policy = m_http.json("GET", url(u"/api/v1/sites/%1/review-policy"_s.arg(m_newSite)), m_adminToken);
        QCOMPARE(policy.json.object().value(u"levels").toInt(), 2);
        QCOMPARE(policy.json.object().value(u"allowAuthorReview").toBool(), true);
        QCOMPARE(policy.json.object().value(u"allowSameReviewerAcrossLevels").toBool(), false);
        // The site list follows (the levels are the site's too).
        QTRY_VERIFY_WITH_TIMEOUT(reloadedSites.size() >= 1, 20000);
        QCOMPARE(m_page->sitesPanel()->model()->siteAt(m_page->sitesPanel()->model()->rowOf(m_newSite))->reviewLevels, 2);
        pd::test::Screenshot::grab(m_window, u"admin-policy"_s);
    }

    void cleanupTestCase()
    {
        delete m_window;
        m_window = nullptr;
        QVERIFY(m_portal.process().stop());
    }
};

QTEST_MAIN(tst_AdminScreens)
#include "tst_admin_screens.moc"
