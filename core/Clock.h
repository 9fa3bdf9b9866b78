// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace imali {

/**
 * The one place that reads the time, so tests can pin it (KeePassXC's Clock).
 * Dates that people see are Africa/Johannesburg days: SAST is UTC+2 all year
 * (no daylight saving since 1944), so a fixed offset needs no tz database.
 */
class Clock
{
public:
    static QDateTime nowUtc();
    /// Today's date in Johannesburg.
    static QDate today();
    /// Pins the clock for tests; an invalid value releases it.
    static void setFixedNow(const QDateTime& utc);

    static constexpr int JohannesburgOffsetSeconds = 2 * 3600;
    /// The UTC instant a Johannesburg day starts.
    static QDateTime startOfDayUtc(QDate day);
    static QDate johannesburgDate(const QDateTime& utc);

    /// "2026-11-26T15:04:05.123Z": how timestamps are stored, sortable as text.
    static QString toStorage(const QDateTime& utc);
    static QDateTime fromStorage(const QString& text);
};

} // namespace imali
