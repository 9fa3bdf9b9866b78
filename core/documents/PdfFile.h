// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QPageLayout>
#include <QPainter>
#include <QSaveFile>
#include <QString>

#include <memory>

class QPdfWriter;

namespace imali
{

class ForwardingDevice;

/**
 * A PDF being painted into a file: A4, through QSaveFile, so nothing appears
 * at the path (and a file already there stays as it was) until commit()
 * succeeds; cancel(), an error or destruction without commit() removes the
 * temporary file. Pages stream to the file as they are finished, so a long
 * document does not accumulate in memory.
 *
 * Lengths are in device units; mm() and pt() convert.
 */
class PdfFile
{
public:
    explicit PdfFile(const QString& path);
    ~PdfFile();
    PdfFile(const PdfFile&) = delete;
    PdfFile& operator=(const PdfFile&) = delete;

    /// Opens the file and starts painting the first page; \a title goes into the PDF's metadata.
    Status open(const QString& title, QPageLayout::Orientation orientation, qreal marginMm);

    QPainter& painter() { return m_painter; }
    QPdfWriter& writer() { return *m_writer; }
    /// The printable area of every page (inside the margins), from (0, 0).
    QRectF pageRect() const { return m_pageRect; }
    /// Starts the next page.
    Status newPage();
    int pageCount() const { return m_pages; }

    qreal mm(qreal millimetres) const;
    qreal pt(qreal points) const;

    /// Ends painting and renames the finished PDF onto the path.
    Status commit();
    /// Drops everything written; the path is untouched.
    void cancel();

    QString path() const { return m_path; }

private:
    Status writeError() const;

    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<ForwardingDevice> m_forward;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QRectF m_pageRect;
    int m_pages = 0;
    bool m_open = false;
};

} // namespace imali
