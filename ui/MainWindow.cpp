// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>

namespace imali {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("imali"));
    auto* splitter = new QSplitter(this);
    auto* navigation = new QListWidget(splitter);
    navigation->setObjectName(QStringLiteral("navigation"));
    navigation->setAccessibleName(tr("Sections"));
    auto* pages = new QStackedWidget(splitter);
    const QStringList sections{tr("Dashboard"), tr("Invoices"),      tr("Payments"), tr("Customers"),
                               tr("Exceptions"), tr("Notifications"), tr("Reports"),  tr("Settings")};
    for (const QString& section : sections) {
        navigation->addItem(section);
        auto* page = new QLabel(section, pages);
        page->setAlignment(Qt::AlignCenter);
        pages->addWidget(page);
    }
    connect(navigation, &QListWidget::currentRowChanged, pages, &QStackedWidget::setCurrentIndex);
    navigation->setCurrentRow(0);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace imali
