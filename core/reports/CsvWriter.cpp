// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("CsvWriter", text);
}

// Rows collect in the buffer and go to the device in chunks of about this size.
constexpr qsizetype ChunkBytes = 64 * 1024;

bool isPhoneLikeRest(QStringView rest)
{
    if (rest.isEmpty())
        return false;
    for (const QChar c : rest) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || u == u' ' || u == u'(' || u == u')' || u == u'-'))
            return false;
    }
    return true;
}
} // namespace

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device)
    , m_hash(QCryptographicHash::Sha256)
    , m_encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
{
    m_buffer.reserve(ChunkBytes + 4096);
}

bool CsvWriter::needsNeutralising(QStringView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    case u'+':
    case u'-':
        // "+27 82 123 4567" stays readable; "-2+3", "+cmd" and a lone "-" do not pass.
        return !isPhoneLikeRest(value.mid(1));
    default:
        return false;
    }
}

QString CsvWriter::neutralised(QStringView value)
{
    return needsNeutralising(value) ? QLatin1Char('\'') + value.toString() : value.toString();
}

void CsvWriter::separate()
{
    if (m_rowHasCell)
        m_buffer.append(',');
    m_rowHasCell = true;
}

void CsvWriter::appendUtf8(QStringView value, bool neutralise)
{
    separate();
    const qsizetype start = m_buffer.size();
    if (neutralise && needsNeutralising(value))
        m_buffer.append('\'');
    // Encoded straight into the buffer: no temporary byte array per cell. Stateless, so a
    // broken surrogate at the end of one cell can't leak into the next.
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + m_encoder.requiredSpace(value.size()));
    char* end = m_encoder.appendToBuffer(m_buffer.data() + before, value);
    m_buffer.resize(end - m_buffer.constData());

    bool quote = false;
    for (qsizetype i = start; i < m_buffer.size() && !quote; ++i) {
        const char c = m_buffer.at(i);
        quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote)
        return;
    // Rare: copy the field out and put it back quoted, with its quotes doubled.
    const QByteArray field = m_buffer.mid(start);
    m_buffer.truncate(start);
    m_buffer.append('"');
    for (const char c : field) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

void CsvWriter::appendVerbatim(QStringView value)
{
    appendUtf8(value, false);
}

CsvWriter& CsvWriter::text(QStringView value)
{
    appendUtf8(value, true);
    return *this;
}

CsvWriter& CsvWriter::amount(Money value)
{
    appendVerbatim(value.toString());
    return *this;
}

CsvWriter& CsvWriter::date(QDate value)
{
    if (value.isValid())
        appendVerbatim(value.toString(Qt::ISODate));
    else
        separate();
    return *this;
}

CsvWriter& CsvWriter::number(qint64 value)
{
    separate();
    m_buffer.append(QByteArray::number(value)); // digits and a sign: never quoted
    return *this;
}

CsvWriter& CsvWriter::empty()
{
    separate();
    return *this;
}

CsvWriter& CsvWriter::cell(Cell type, QStringView value)
{
    appendUtf8(value, type == Cell::Text);
    return *this;
}

Status CsvWriter::header(const QStringList& names)
{
    for (const QString& name : names)
        text(name);
    return endRow();
}

Status CsvWriter::endRow()
{
    m_buffer.append("\r\n", 2);
    m_rowHasCell = false;
    ++m_rows;
    if (m_buffer.size() >= ChunkBytes)
        return writeOut();
    return m_status;
}

Status CsvWriter::finish()
{
    return writeOut();
}

Status CsvWriter::writeOut()
{
    if (!m_status || m_buffer.isEmpty())
        return m_status;
    m_hash.addData(m_buffer);
    if (m_device->write(m_buffer) != m_buffer.size())
        m_status = Error::runtime(tr("could not write the CSV: %1").arg(m_device->errorString()));
    m_buffer.truncate(0); // keeps the allocation for the next chunk
    return m_status;
}

QString CsvWriter::sha256Hex() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

} // namespace imali
