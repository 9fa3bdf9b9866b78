// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfirmBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace imali
{

void confirmThen(QWidget* parent, const QString& objectName, const QString& title, const QString& text,
                 const std::function<void()>& onYes)
{
    auto* box =
        new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box->setObjectName(objectName);
    box->setDefaultButton(QMessageBox::No); // the safe answer is the one Enter gives
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, onYes](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            onYes();
    });
    box->open();
}

} // namespace imali
