// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfFile.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("PdfFile", text);
}

// Device units per inch: fine enough that rounding in text layout never shows.
constexpr int Resolution = 600;
} // namespace

/**
 * Hands QPdfWriter's bytes to the QSaveFile. The PDF engine closes its device
 * when it ends, which a QSaveFile must never be (only commit() or
 * cancelWriting() end it); this device may be closed freely, and it remembers
 * the first failed write.
 */
class ForwardingDevice final : public QIODevice
{
public:
    explicit ForwardingDevice(QIODevice& target) : m_target(target) { }
    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_failed || m_target.write(data, size) != size) {
            m_failed = true;
            return -1;
        }
        return size;
    }

private:
    QIODevice& m_target;
    bool m_failed = false;
};

PdfFile::PdfFile(const QString& path) : m_path(path), m_file(path) { }

PdfFile::~PdfFile()
{
    cancel();
}

Status PdfFile::open(const QString& title, QPageLayout::Orientation orientation, qreal marginMm)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return Error::runtime(tr("could not write %1: %2").arg(m_path, m_file.errorString()));
    m_forward = std::make_unique<ForwardingDevice>(m_file);
    m_forward->open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(m_forward.get());
    m_writer->setResolution(Resolution);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("imali"));
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                        QMarginsF(marginMm, marginMm, marginMm, marginMm),
                                        QPageLayout::Millimeter));
    if (!m_painter.begin(m_writer.get())) {
        m_file.cancelWriting();
        return Error::runtime(tr("could not start the PDF %1").arg(m_path));
    }
    m_open = true;
    m_pages = 1;
    const QRect paint = m_writer->pageLayout().paintRectPixels(Resolution);
    m_pageRect = QRectF(0, 0, paint.width(), paint.height());
    return writeError();
}

Status PdfFile::newPage()
{
    if (!m_writer->newPage())
        return Error::runtime(tr("could not start a new page in %1").arg(m_path));
    ++m_pages;
    return writeError();
}

qreal PdfFile::mm(qreal millimetres) const
{
    return millimetres * Resolution / 25.4;
}

qreal PdfFile::pt(qreal points) const
{
    return points * Resolution / 72.0;
}

Status PdfFile::writeError() const
{
    if (m_forward && m_forward->failed())
        return Error::runtime(tr("could not write %1: %2").arg(m_path, m_file.errorString()));
    return {};
}

Status PdfFile::commit()
{
    if (!m_open)
        return Error::runtime(tr("the PDF %1 was not started").arg(m_path));
    m_painter.end(); // writes the PDF's trailer through the forwarder
    m_open = false;
    if (Status s = writeError(); !s) {
        m_file.cancelWriting();
        return s;
    }
    if (!m_file.commit())
        return Error::runtime(tr("could not write %1: %2").arg(m_path, m_file.errorString()));
    return {};
}

void PdfFile::cancel()
{
    if (m_open) {
        m_painter.end();
        m_open = false;
    }
    m_file.cancelWriting();
}

} // namespace imali
