// SPDX-License-Identifier: GPL-3.0-or-later
#include "TakingsChart.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QValueAxis>

#include <algorithm>

namespace imali
{

TakingsChart::TakingsChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("takingsChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

void TakingsChart::setDays(const QList<Money>& perDay, QDate lastDay)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(
        tr("Net takings per day (R), %1 to %2")
            .arg(lastDay.addDays(1 - perDay.size()).toString(Qt::ISODate), lastDay.toString(Qt::ISODate)));
    auto* set = new QBarSet(tr("Net"));
    set->setColor(QColor(0x2e, 0x7d, 0x32));
    QStringList days;
    double top = 0;
    for (int i = 0; i < perDay.size(); ++i) {
        const double rands = double(perDay.at(i).cents()) / 100.0;
        *set << rands;
        top = std::max(top, rands);
        const QDate day = lastDay.addDays(i - perDay.size() + 1);
        // Every fifth day labelled by its day of the month (the title names the range), so the
        // labels fit under 30 bars.
        days << ((perDay.size() - 1 - i) % 5 == 0 ? QString::number(day.day())
                                                  : QString(i, QLatin1Char(' ')));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(days);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 100);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace imali
