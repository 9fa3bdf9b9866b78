// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayFastHistory.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("PayFastHistory", text);
}

QString normalised(QString name)
{
    name = name.trimmed().toLower();
    name.remove(QLatin1Char(' '));
    name.remove(QLatin1Char('_'));
    name.remove(QChar(0xFEFF)); // a byte-order mark before the first header
    return name;
}

/// RFC 4180 records: quoted fields with "" inside, CRLF or LF line ends.
Result<QList<QStringList>> records(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
                row << field;
                rows << row;
            }
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error::integrity(tr("PayFast's history ends inside a quoted field"));
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

/// "-2.30", "1234.50", "R 10.00": no doubles.
std::optional<Money> amount(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Money();
    const bool negative = t.startsWith(QLatin1Char('-'));
    auto parsed = Money::parse(negative ? t.mid(1) : t);
    if (!parsed)
        return std::nullopt;
    return negative ? -*parsed : *parsed;
}
} // namespace

QStringList PayFastHistory::requiredColumns()
{
    return {QStringLiteral("Date"), QStringLiteral("Gross"),        QStringLiteral("Fee"),
            QStringLiteral("Net"),  QStringLiteral("M Payment ID"), QStringLiteral("PF Payment ID")};
}

Result<QList<PayFastHistoryEntry>> PayFastHistory::parse(const QByteArray& csv)
{
    auto rows = records(QString::fromUtf8(csv));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return QList<PayFastHistoryEntry>();
    const QStringList header = rows->takeFirst();
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < header.size(); ++i)
        column.insert(normalised(header.at(i)), i);
    QStringList missing;
    for (const QString& name : requiredColumns())
        if (!column.contains(normalised(name)))
            missing << name;
    if (!missing.isEmpty())
        return Error::integrity(
            tr("PayFast's transaction history has a layout this version does not know: no %1 column "
               "(columns: %2); nothing was compared")
                .arg(missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", ")).left(300)));
    auto cell = [&column](const QStringList& row, const QString& name) {
        return row.value(column.value(normalised(name), -1)).trimmed();
    };
    QList<PayFastHistoryEntry> entries;
    int line = 1;
    for (const QStringList& row : std::as_const(*rows)) {
        ++line;
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue;
        if (row.size() != header.size())
            return Error::integrity(tr("line %1 of PayFast's history has %2 fields where the header has %3")
                                        .arg(line)
                                        .arg(row.size())
                                        .arg(header.size()));
        PayFastHistoryEntry e;
        e.date = QDate::fromString(cell(row, QStringLiteral("Date")).left(10), Qt::ISODate);
        if (!e.date.isValid())
            return Error::integrity(
                tr("line %1 of PayFast's history has a date that is not YYYY-MM-DD").arg(line));
        const auto gross = amount(cell(row, QStringLiteral("Gross")));
        const auto fee = amount(cell(row, QStringLiteral("Fee")));
        const auto net = amount(cell(row, QStringLiteral("Net")));
        if (!gross || !fee || !net)
            return Error::integrity(
                tr("line %1 of PayFast's history has an amount that is not a plain decimal").arg(line));
        e.gross = *gross;
        e.fee = fee->isNegative() ? -*fee : *fee;
        e.net = *net;
        e.pfPaymentId = cell(row, QStringLiteral("PF Payment ID"));
        e.mPaymentId = cell(row, QStringLiteral("M Payment ID"));
        e.type = cell(row, QStringLiteral("Type"));
        e.name = cell(row, QStringLiteral("Name"));
        entries.append(e);
    }
    return entries;
}

} // namespace imali
