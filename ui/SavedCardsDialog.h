// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace imali
{

class ConsoleContext;
class PaymentLinkPanel;
class SavedCards;

/**
 * One customer's saved cards: listed masked (never the token), labelled,
 * one made the default, removed (cancelled at PayFast first, after a
 * confirmation), and added through a R 0.00 card-saving link handed out
 * like a payment link; the card appears once PayFast's ITN saves it.
 */
class SavedCardsDialog : public QDialog
{
    Q_OBJECT

public:
    SavedCardsDialog(ConsoleContext& context, qint64 customerId, QWidget* parent = nullptr);

    /// The last thing the dialog said (a problem, or what just happened).
    QString message() const;
    int cardCount() const;

public slots:
    void reload();
    void addCard();
    void saveLabel();
    void makeDefault();
    /// Asks for confirmation, then cancels the selected card at PayFast and removes it.
    void removeSelected();

private:
    qint64 selectedCardId() const;
    void updateActions();
    void say(const QString& text);

    ConsoleContext& m_context;
    qint64 m_customerId = 0;
    QString m_customerName;
    QString m_customerEmail;
    QString m_customerPhone;
    SavedCards* m_cards = nullptr;
    bool m_removing = false;

    QTreeWidget* m_list;
    QLineEdit* m_label;
    QPushButton* m_saveLabel;
    QPushButton* m_default;
    QPushButton* m_remove;
    QPushButton* m_add;
    QLabel* m_message;
    PaymentLinkPanel* m_panel;
};

} // namespace imali
