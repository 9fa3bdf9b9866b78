// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

class QHttpServerResponder;

namespace imali
{

/// Writes an answer and tells the connection's guard, so the next bytes are checked as a new request.
/// Every answer of the listener leaves through here.
void writeHttpAnswer(QHttpServerResponder& responder, int status, const QByteArray& body,
                     const QByteArray& mime);

} // namespace imali
