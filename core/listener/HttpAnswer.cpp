// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpAnswer.h"

#include "ConnectionGuard.h"

#include <QHttpServerResponder>

namespace imali
{

void writeHttpAnswer(QHttpServerResponder& responder, int status, const QByteArray& body,
                     const QByteArray& mime)
{
    ConnectionGuard* guard = ConnectionGuard::of(responder.socket());
    responder.write(body,
                    {{QByteArrayLiteral("Content-Type"), mime},
                     {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}},
                    static_cast<QHttpServerResponder::StatusCode>(status));
    if (guard)
        guard->requestAnswered();
}

} // namespace imali
