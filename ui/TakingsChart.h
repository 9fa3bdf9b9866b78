// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>
#include <QList>
#include <QtCharts/QChartView>

namespace imali
{

/** A bar chart of net takings per day, oldest day first (Qt Charts). */
class TakingsChart : public QChartView
{
    Q_OBJECT

public:
    explicit TakingsChart(QWidget* parent = nullptr);

    /// Shows \a perDay, the last entry being \a lastDay.
    void setDays(const QList<Money>& perDay, QDate lastDay);
};

} // namespace imali
