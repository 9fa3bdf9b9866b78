// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <memory>

namespace imali
{

Result<QrCode> QrCode::encode(const QString& text)
{
    if (text.isEmpty())
        return Error::validation(QCoreApplication::translate("QrCode", "nothing to put in a QR code"));
    const QByteArray utf8 = text.toUtf8();
    // Version 0 lets libqrencode pick the smallest symbol that holds the text.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> symbol(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!symbol)
        return Error::validation(
            QCoreApplication::translate("QrCode", "the text is too long for a QR code (%1 bytes)")
                .arg(utf8.size()));
    QrCode code;
    code.m_size = symbol->width;
    code.m_modules.resize(code.m_size * code.m_size);
    for (int i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = (symbol->data[i] & 1) != 0; // bit 0 is the module's colour
    return code;
}

} // namespace imali
