// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Environment.h"
#include "books/Checkouts.h"

#include <QByteArray>

namespace imali {

/**
 * The small page a customer's payment link opens: a form that posts the
 * freshly signed checkout to PayFast (PayFast takes checkouts only as a form
 * POST), or a plain page saying the link is paid, closed, expired or not
 * valid, revealing nothing else. No script; values are HTML-escaped.
 */
struct PaymentPage {
    int status = 200;
    QByteArray html;
    QByteArray contentSecurityPolicy;

    static PaymentPage render(const OpenedLink& link, Environment environment);
};

} // namespace imali
