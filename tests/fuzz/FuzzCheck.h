// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

/// A property every input must keep. A broken one aborts, so libFuzzer saves the input as a crash
/// (fuzz targets do not use QtTest: one process, millions of inputs, no per-input reporting).
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "property broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);           \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace fuzz
{

/// PHP urlencode() written again from its definition, to check imali's against: [A-Za-z0-9_.-] as is,
/// space as '+', every other byte of the UTF-8 as uppercase %XX.
inline QByteArray referenceUrlEncode(const QString& value)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char c : value.toUtf8()) {
        const auto b = static_cast<unsigned char>(c);
        if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '_' || b == '.'
            || b == '-') {
            out.append(c);
        } else if (b == ' ') {
            out.append('+');
        } else {
            out.append('%');
            out.append(hex[b >> 4]);
            out.append(hex[b & 0xF]);
        }
    }
    return out;
}

} // namespace fuzz
