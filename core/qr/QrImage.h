// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/QrCode.h"

#include <QImage>

namespace imali
{

// Paints a QR code black on white with its quiet zone, each module a square of modulePixels.
// Used by the console's request-payment view and by the invoice PDF.
QImage qrCodeImage(const QrCode& code, int modulePixels);

} // namespace imali
