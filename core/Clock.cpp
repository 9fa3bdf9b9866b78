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
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Clock::fromStorage(const QString& text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt.toUTC();
}

} // namespace imali
