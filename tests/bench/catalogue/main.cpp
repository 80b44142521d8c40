// pd_bench_catalogue: the 信息公开 catalogue browser over 34,180 cached disclosure items (the size of a
// city portal's catalogue after a clean-up), as the user sees it: the real CataloguePage at 1280×800, each step
// measured until the list has been painted again.
//  - catalogue.scroll.p50_ms / p99_ms: one scroll step (a page down, a page up, a jump by the scroll bar);
//  - catalogue.filter.p50_ms / p99_ms: one filter step (a keystroke in the search box, Chinese and index-number
//    terms typed and deleted character by character, or a click on a 主题分类 in the tree).
#include "tests/bench/common/BenchLoop.h"
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"
#include "app/api/PortalClient.h"
#include "ui/catalogue/CataloguePage.h"
#include "app/models/CachedItemListModel.h"
#include "app/models/DisclosureCatalogModel.h"
#include "app/models/Workspace.h"
#include "app/store/LocalStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

namespace {

constexpr int kTopCategories = 7;
constexpr int kSubCategories = 3; ///< per top category: 7 top and 21 sub-categories, as in the city's catalogue

/// `count` disclosure summaries over six years, filed under the categories, with realistic titles and 索引号.
bool fillCache(pd::store::LocalStore &store, int count, QJsonArray &catalog)
{
    const QStringList topics{u"临江市"_s, u"防汛抗旱"_s, u"营商环境"_s, u"义务教育"_s, u"医疗保障"_s, u"乡村振兴"_s,
                             u"城市交通"_s, u"保障性住房"_s, u"稳就业"_s, u"生态环境"_s, u"食品安全"_s, u"政务公开"_s};
    const QStringList kinds{u"工作方案"_s, u"实施意见的通知"_s, u"年度报告"_s, u"政策解读"_s, u"专项检查结果"_s,
                            u"征求意见稿"_s, u"会议纪要"_s};
    const QStringList names{u"综合政务"_s, u"国民经济管理、国有资产监管"_s, u"财政、金融、审计"_s,
                            u"国土资源、能源"_s, u"农业、林业、水利"_s, u"工业、交通"_s, u"城乡建设、环境保护"_s};
    QList<int> counts(kTopCategories * (kSubCategories + 1), 0);
    const QDateTime start(QDate(2020, 1, 1), QTime(9, 0), QTimeZone(8 * 3600));
    QList<QJsonObject> batch;
    for (int i = 1; i <= count; ++i) {
        const int top = i % kTopCategories;
        const int sub = (i / kTopCategories) % (kSubCategories + 1); // 0: filed under the top category itself
        ++counts[top * (kSubCategories + 1) + sub];
        const QString category = sub == 0 ? u"%1"_s.arg(top + 1, 2, 10, QChar(u'0'))
                                          : u"%1%2"_s.arg(top + 1, 2, 10, QChar(u'0')).arg(sub, 2, 10, QChar(u'0'));
        const QDateTime updated = start.addSecs(qint64(i) * 5400);
        batch.append(QJsonObject{
            {u"id"_s, i},
            {u"site"_s, 1},
            {u"type"_s, u"disclosure"_s},
            {u"state"_s, i % 9 ? u"published"_s : u"archived"_s},
            {u"revision"_s, 1},
            {u"title"_s, u"%1关于%2%3（%4年第%5号）"_s.arg(topics.at(i % topics.size()), topics.at((i / 5) % topics.size()),
                                                       kinds.at((i / 11) % kinds.size()))
                             .arg(updated.date().year())
                             .arg(i)},
            {u"columns"_s, QJsonArray{40 + top}},
            {u"updatedAt"_s, updated.toString(Qt::ISODate)},
            {u"publishedAt"_s, updated.toString(Qt::ISODate)},
            {u"indexNo"_s, u"11441700007280420Y/%1-%2"_s.arg(updated.date().year()).arg(i, 5, 10, QChar(u'0'))},
            {u"topicCategory"_s, category}});
        if (batch.size() == 5000 || i == count) {
            if (!store.cacheItems(batch))
                return false;
            batch.clear();
        }
    }
    for (int top = 0; top < kTopCategories; ++top) {
        QJsonArray children;
        int total = counts[top * (kSubCategories + 1)];
        for (int sub = 1; sub <= kSubCategories; ++sub) {
            const int n = counts[top * (kSubCategories + 1) + sub];
            total += n;
            children.append(QJsonObject{{u"code"_s, u"%1%2"_s.arg(top + 1, 2, 10, QChar(u'0')).arg(sub, 2, 10, QChar(u'0'))},
                                        {u"name"_s, u"%1（%2）"_s.arg(names.at(top)).arg(sub)},
                                        {u"count"_s, n},
                                        {u"published"_s, n}});
        }
        catalog.append(QJsonObject{{u"code"_s, u"%1"_s.arg(top + 1, 2, 10, QChar(u'0'))},
                                   {u"name"_s, names.at(top)},
                                   {u"count"_s, total},
                                   {u"published"_s, total},
                                   {u"children"_s, children}});
    }
    return true;
}

/// Runs `step`, then everything it caused (queued signals, layout) and a synchronous repaint of the list.
double measure(QTableView *view, const std::function<void()> &step)
{
    QElapsedTimer t;
    t.start();
    step();
    QCoreApplication::processEvents();
    view->viewport()->repaint();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QCommandLineOption itemsOpt(u"items"_s, u"Cached disclosure items."_s, u"n"_s, u"34180"_s);
    const QCommandLineOption roundsOpt(u"rounds"_s, u"Rounds of scrolling and typing."_s, u"n"_s, u"3"_s);
    const pd::bench::BenchOptions options(app, u"Scroll and filter steps of the 信息公开 catalogue browser."_s,
                                          {itemsOpt, roundsOpt});
    const int count = options.atLeast(itemsOpt, 1000);
    const int rounds = options.atLeast(roundsOpt, 1);

    QTemporaryDir dir;
    pd::store::LocalStore store;
    QJsonArray catalog;
    if (!store.open(dir.filePath(u"catalogue.sqlite"_s)) || !fillCache(store, count, catalog)) {
        std::fprintf(stderr, "pd_bench_catalogue: cannot build the cache\n");
        return 1;
    }

    pd::api::PortalClient client;
    pd::models::Workspace workspace(client);
    pd::ui::CataloguePage page(workspace, store);
    page.resize(1280, 800);
    page.show();
    page.catalogModel()->setCatalog(catalog);
    page.categoryTree()->expandToDepth(0);
    page.showCache(store.path(), 1);
    pd::models::CachedItemListModel *model = page.itemModel();
    if (!pd::bench::BenchLoop::waitFor([model, count] { return model->rowCount() == count; }, 120'000)) {
        std::fprintf(stderr, "pd_bench_catalogue: %d of %d items listed\n", model->rowCount(), count);
        return 1;
    }
    QTableView *view = page.itemView();
    QScrollBar *bar = view->verticalScrollBar();
    view->viewport()->repaint();

    // Scrolling: page by page down and up through a stretch of the list, then jumps anywhere by the scroll bar.
    std::mt19937 random(34180);
    QList<double> scroll;
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < 40; ++i)
            scroll.append(measure(view, [bar] { bar->triggerAction(QAbstractSlider::SliderPageStepAdd); }));
        for (int i = 0; i < 40; ++i)
            scroll.append(measure(view, [bar] { bar->triggerAction(QAbstractSlider::SliderPageStepSub); }));
        for (int i = 0; i < 40; ++i) {
            const int to = std::uniform_int_distribution<int>(0, bar->maximum())(random);
            scroll.append(measure(view, [bar, to] { bar->setValue(to); }));
        }
    }

    // Filtering: keystrokes (typed and deleted) and category clicks, each followed by the repaint.
    const QStringList terms{u"临江市防汛"_s, u"营商环境实施"_s, u"11441700007280420Y/2023"_s, u"第1234"_s,
                            u"政策解读"_s, u"保障性住房年度报告"_s};
    QList<double> filter;
    QLineEdit *search = page.searchEdit();
    QTreeView *tree = page.categoryTree();
    for (int round = 0; round < rounds; ++round) {
        for (const QString &term : terms) {
            for (qsizetype n = 1; n <= term.size(); ++n)
                filter.append(measure(view, [search, &term, n] { search->setText(term.left(n)); }));
            for (qsizetype n = term.size() - 1; n >= 0; --n)
                filter.append(measure(view, [search, &term, n] { search->setText(term.left(n)); }));
        }
        QAbstractItemModel *categories = tree->model();
        for (int top = 0; top < categories->rowCount(); ++top) {
            const QModelIndex t = categories->index(top, 0);
            filter.append(measure(view, [tree, t] { tree->setCurrentIndex(t); }));
            for (int sub = 0; sub < categories->rowCount(t); ++sub) {
                const QModelIndex s = categories->index(sub, 0, t);
                filter.append(measure(view, [tree, s] { tree->setCurrentIndex(s); }));
            }
        }
        filter.append(measure(view, [tree] { tree->clearSelection(); }));
    }
    if (model->rowCount() != count) {
        std::fprintf(stderr, "pd_bench_catalogue: filters did not come back to all %d items (%d)\n", count,
                     model->rowCount());
        return 1;
    }

    const BenchStats scrolled(scroll);
    const BenchStats filtered(filter);
    FigureOutput::write(u"catalogue.scroll.p50_ms"_s, scrolled.median(), u"ms"_s, scroll.size());
    FigureOutput::write(u"catalogue.scroll.p99_ms"_s, scrolled.percentile(99), u"ms"_s, scroll.size());
    FigureOutput::write(u"catalogue.filter.p50_ms"_s, filtered.median(), u"ms"_s, filter.size());
    FigureOutput::write(u"catalogue.filter.p99_ms"_s, filtered.percentile(99), u"ms"_s, filter.size());
    return 0;
}
