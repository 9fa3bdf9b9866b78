// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace imali {

/// Runs one imalictl command line (without the program name); returns the exit code (SPEC §5).
int runCli(const QStringList& arguments);

} // namespace imali
