// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace imali
{

class ConsoleContext;
class InvoicesView;
class ListenerControls;

/**
 * The console's main window: a list of pages on the left (Ctrl+1…), the
 * page on the right, a sandbox banner on a sandbox ledger, and a status bar
 * saying where the listener listens and which database is in use (never its
 * password). Remembers its size.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    InvoicesView* invoicesView() const { return m_invoices; }
    /// Shows the page with \a key ("Invoices", "Payments", …); false if there is none.
    bool showPage(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// \a key names the page in code (showPage), \a name on screen.
    void addPage(const QString& key, const QString& name, QWidget* page);
    /// Moves the keyboard focus into \a page (its first field or button), so that its shortcuts work.
    void focusPage(QWidget* page);
    void updateStatus();

    ConsoleContext& m_context;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    InvoicesView* m_invoices = nullptr;
    QLabel* m_listenerStatus = nullptr;
    ListenerControls* m_listenerControls = nullptr;
};

} // namespace imali
