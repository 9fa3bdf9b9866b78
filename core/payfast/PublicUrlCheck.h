// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Environment.h"
#include "Result.h"

namespace imali
{

/**
 * Whether PayFast (and a customer's phone) could ever reach \a url: an
 * http(s) base URL on a port PayFast's sender uses (80, 443, 8080, 8081:
 * payfast-protocol.md §4.6), https on a live ledger, and a host on the
 * internet, not localhost or a private, loopback or link-local address.
 */
Status checkPublicUrl(const QString& url, Environment environment);

/// True for a quick tunnel's random hostname (trycloudflare.com, ngrok-free.app…), which changes on restart.
bool isQuickTunnelUrl(const QString& url);

class Ledger;
/// Payment links already sent that still wait for payment: a public URL change breaks each of them.
Result<qint64> sentLinksDependingOnPublicUrl(Ledger& ledger);

} // namespace imali
