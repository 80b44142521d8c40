#include "ui/reports/ReportChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QPainter>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::ui {

QImage ReportChart::bars(const QString &title, const QStringList &categories, const QList<double> &values, QSize size)
{
    QGraphicsScene scene;
    auto *chart = new QChart; // the scene owns it
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    QFont font(u"Noto Sans CJK SC"_s);
    font.setPixelSize(size.height() / 28);
    chart->setFont(font);
    QFont titleFont = font;
    titleFont.setPixelSize(size.height() / 22);
    chart->setTitleFont(titleFont);

    auto *set = new QBarSet(title);
    set->setColor(QColor(0xb3, 0x26, 0x1e)); // the red of government portals' banners
    QStringList reversed;
    // QHorizontalBarSeries draws its first category at the bottom; readers expect the first at the top.
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        *set << values.at(i);
        reversed.append(categories.value(i));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(reversed);
    axisY->setLabelsFont(font);
    // Column names are what the reader reads the bars by: QtCharts would cut them to "…" to widen the plot.
    axisY->setTruncateLabels(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    const double top = values.isEmpty() ? 1.0 : std::max(1.0, *std::ranges::max_element(values));
    axisX->setRange(0, top * 1.15);
    axisX->applyNiceNumbers(); // whole, round ticks: 0, 5, 10 rather than 0, 4.6, 9.2
    axisX->setLabelFormat(u"%.0f"_s);
    axisX->setLabelsFont(font);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);

    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), chart->geometry());
    return image;
}

} // namespace pd::ui
