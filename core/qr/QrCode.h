// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QVector>

namespace imali
{

// A QR code symbol as a square of dark and light modules, made by libqrencode (error correction
// level M, so a slightly smudged print or screen still scans). Core stays free of QtGui: the console
// and the PDF writer paint the modules themselves.
class QrCode
{
public:
    static Result<QrCode> encode(const QString& text);

    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

    // The quiet zone readers need around the symbol, in modules (ISO/IEC 18004 asks for 4).
    static constexpr int QuietZone = 4;

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace imali
