// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace imali {

class Ledger;

/**
 * The console's main window. It shows which ledger is open (environment,
 * database with any password masked, where this desktop keeps the key) and
 * a sandbox banner; the daily views are added to it as they are built.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Ledger& ledger, QWidget* parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    Ledger& m_ledger;
};

} // namespace imali
