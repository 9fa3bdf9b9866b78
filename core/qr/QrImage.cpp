// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/QrImage.h"

namespace imali
{

QImage qrCodeImage(const QrCode& code, int modulePixels)
{
    const int modules = code.size() + 2 * QrCode::QuietZone;
    QImage image(modules * modulePixels, modules * modulePixels, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < code.size(); ++y)
        for (int x = 0; x < code.size(); ++x) {
            if (!code.isDark(x, y))
                continue;
            const int left = (x + QrCode::QuietZone) * modulePixels;
            const int top = (y + QrCode::QuietZone) * modulePixels;
            for (int py = top; py < top + modulePixels; ++py)
                for (int px = left; px < left + modulePixels; ++px)
                    image.setPixel(px, py, 1);
        }
    return image;
}

} // namespace imali
