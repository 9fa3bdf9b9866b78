// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace imali {

/** A ledger is sandbox or live for its whole life; every transaction records which. */
enum class Environment { Sandbox, Live };

inline QString toString(Environment e)
{
    return e == Environment::Live ? QStringLiteral("live") : QStringLiteral("sandbox");
}

inline std::optional<Environment> environmentFromString(const QString& text)
{
    if (text == QLatin1String("sandbox"))
        return Environment::Sandbox;
    if (text == QLatin1String("live"))
        return Environment::Live;
    return std::nullopt;
}

} // namespace imali
