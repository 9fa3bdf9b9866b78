// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"


#include <atomic>

namespace imali {

namespace {
std::atomic<qint64> fixedNowMs{-1};
}

QDateTime Clock::nowUtc()
{
    const qint64 fixed = fixedNowMs.load();
    if (fixed >= 0)
        return QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC);
    return QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    return johannesburgDate(nowUtc());
}

void Clock::setFixedNow(const QDateTime& utc)
{
    fixedNowMs.store(utc.isValid() ? utc.toMSecsSinceEpoch() : -1);
}

QDateTime Clock::startOfDayUtc(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-JohannesburgOffsetSeconds);
}

QDate Clock::johannesburgDate(const QDateTime& utc)
{
    return utc.toUTC().addSecs(JohannesburgOffsetSeconds).date();
}

QString Clock::toStorage(const QDateTime& utc)
{
    // Hand-formatted: this runs for every audit entry, and QDateTime::toString is slow.
    const qint64 ms = utc.toMSecsSinceEpoch();
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QDate d = t.date();
    const QTime tm = t.time();
    char buffer[25];
    const int values[] = {d.year(), d.month(), d.day(), tm.hour(), tm.minute(), tm.second(), tm.msec()};
    const int widths[] = {4, 2, 2, 2, 2, 2, 3};
    const char separators[] = {'-', '-', 'T', ':', ':', '.', 'Z'};
    int at = 0;
    for (int i = 0; i < 7; ++i) {
        int v = values[i];
        for (int w = widths[i] - 1; w >= 0; --w) {
            buffer[at + w] = static_cast<char>('0' + v % 10);
            v /= 10;
        }
        at += widths[i];
        buffer[at++] = separators[i];
    }
    return QString::fromLatin1(buffer, at);
}

QDateTime Clock::fromStorage(const QString& text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.toUTC();
}

} // namespace imali
