// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace imali
{

/// Opens a window-modal Yes/No question named \a objectName (No is the default answer) without
/// blocking, and runs \a onYes only when Yes is clicked. Tests find the box by its name.
void confirmThen(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
                 const std::function<void()>& onYes);

} // namespace imali
