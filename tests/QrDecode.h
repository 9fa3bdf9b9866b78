// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace testqr
{

// Reads the QR code in an image file with an independent decoder (zbarimg, from zbar-tools),
// the way a phone would. Returns the decoded text, or an empty string when nothing scans.
inline QString decodeFile(const QString& path)
{
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), path});
    if (!zbar.waitForFinished(30000) || zbar.exitCode() != 0)
        return {};
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

// The same for a picture in memory.
inline QString decode(const QImage& image)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("code.png"));
    if (!image.save(path))
        return {};
    return decodeFile(path);
}

} // namespace testqr
