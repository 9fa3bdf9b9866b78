// SPDX-License-Identifier: GPL-3.0-or-later
#include "SavedCardsDialog.h"

#include "ConfirmBox.h"
#include "ConsoleContext.h"
#include "Customers.h"
#include "PaymentLinkPanel.h"
#include "payfast/PayFastApiClient.h"
#include "payfast/SavedCards.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imali
{

SavedCardsDialog::SavedCardsDialog(ConsoleContext& context, qint64 customerId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_customerId(customerId)
    , m_list(new QTreeWidget(this))
    , m_label(new QLineEdit(this))
    , m_saveLabel(new QPushButton(tr("Save &label"), this))
    , m_default(new QPushButton(tr("Make &default"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_add(new QPushButton(tr("&Add card…"), this))
    , m_message(new QLabel(this))
    , m_panel(new PaymentLinkPanel(this))
{
    setObjectName(QStringLiteral("savedCardsDialog"));
    m_list->setObjectName(QStringLiteral("cardsList"));
    m_list->setAccessibleName(tr("Saved cards"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Card"), tr("Label"), tr("Default"), tr("Saved")});
    m_label->setObjectName(QStringLiteral("cardLabel"));
    m_label->setAccessibleName(tr("Card label"));
    m_label->setPlaceholderText(tr("A name for the card, such as \"Business Visa\""));
    m_saveLabel->setObjectName(QStringLiteral("saveCardLabel"));
    m_default->setObjectName(QStringLiteral("makeDefaultCard"));
    m_remove->setObjectName(QStringLiteral("removeCard"));
    m_add->setObjectName(QStringLiteral("addCard"));
    m_message->setObjectName(QStringLiteral("cardsMessage"));
    m_message->setWordWrap(true);
    m_panel->setObjectName(QStringLiteral("addCardLink"));
    m_panel->hide();

    auto* labelRow = new QHBoxLayout;
    labelRow->addWidget(m_label, 1);
    labelRow->addWidget(m_saveLabel);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_default);
    actions->addWidget(m_remove);
    actions->addStretch();
    actions->addWidget(m_add);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(labelRow);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_panel, 2);
    layout->addWidget(buttons);
    resize(600, 560);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &SavedCardsDialog::updateActions);
    connect(m_saveLabel, &QPushButton::clicked, this, &SavedCardsDialog::saveLabel);
    connect(m_label, &QLineEdit::returnPressed, this, &SavedCardsDialog::saveLabel);
    connect(m_default, &QPushButton::clicked, this, &SavedCardsDialog::makeDefault);
    connect(m_remove, &QPushButton::clicked, this, &SavedCardsDialog::removeSelected);
    connect(m_add, &QPushButton::clicked, this, &SavedCardsDialog::addCard);
    // A card-saving ITN books no money, so listen to every processed notification too.
    connect(&m_context, &ConsoleContext::booksChanged, this, &SavedCardsDialog::reload);
    connect(&m_context, &ConsoleContext::notificationProcessed, this, &SavedCardsDialog::reload);

    if (auto customer = Customers(context.ledger()).get(customerId)) {
        m_customerName = customer->name;
        m_customerEmail = customer->email;
        m_customerPhone = customer->phone;
    }
    setWindowTitle(tr("Saved cards of %1").arg(m_customerName));
    auto api = context.createPayFastApi(this);
    if (!api) {
        say(tr("Saved cards need PayFast: %1").arg(api.error().message));
        for (QPushButton* b : {m_saveLabel, m_default, m_remove, m_add})
            b->setEnabled(false);
        return;
    }
    m_cards = new SavedCards(context.ledger(), **api, this);
    connect(m_cards, &SavedCards::cardsChanged, this, &SavedCardsDialog::reload);
    reload();
}

QString SavedCardsDialog::message() const
{
    return m_message->text();
}

int SavedCardsDialog::cardCount() const
{
    return m_list->topLevelItemCount();
}

void SavedCardsDialog::say(const QString& text)
{
    m_message->setText(text);
}

qint64 SavedCardsDialog::selectedCardId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void SavedCardsDialog::reload()
{
    if (!m_cards)
        return;
    const qint64 keep = selectedCardId();
    m_list->clear();
    auto cards = m_cards->list(m_customerId);
    if (!cards) {
        say(cards.error().message);
        return;
    }
    for (const SavedCard& card : *cards) {
        auto* item = new QTreeWidgetItem(
            m_list,
            {card.masked(), card.label, card.isDefault ? tr("default") : QString(), card.createdAt.left(10)});
        item->setData(0, Qt::UserRole, card.id);
        if (card.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateActions();
}

void SavedCardsDialog::updateActions()
{
    const bool selected = m_cards && selectedCardId() != 0;
    m_saveLabel->setEnabled(selected);
    m_default->setEnabled(selected);
    m_remove->setEnabled(selected && !m_removing);
    m_add->setEnabled(m_cards != nullptr);
    const QTreeWidgetItem* item = m_list->currentItem();
    m_label->setText(item ? item->text(1) : QString());
}

void SavedCardsDialog::saveLabel()
{
    if (const qint64 id = selectedCardId()) {
        auto card = m_cards->setLabel(id, m_label->text().trimmed());
        say(card ? tr("Label saved.") : card.error().message);
        reload();
    }
}

void SavedCardsDialog::makeDefault()
{
    if (const qint64 id = selectedCardId()) {
        auto card = m_cards->makeDefault(id);
        say(card ? tr("%1 is now the default card.").arg(card->masked()) : card.error().message);
        reload();
    }
}

void SavedCardsDialog::removeSelected()
{
    const qint64 id = selectedCardId();
    if (!id || m_removing)
        return;
    const QString masked = m_list->currentItem()->text(0);
    confirmThen(this, QStringLiteral("removeCardConfirmation"), tr("Remove card"),
                tr("Remove card %1 of %2? PayFast cancels it and it can't be charged again.")
                    .arg(masked, m_customerName),
                [this, id, masked] {
                    m_removing = true;
                    updateActions();
                    say(tr("Cancelling %1 at PayFast…").arg(masked));
                    m_cards->remove(id, [this, masked](Result<SavedCard> removed) {
                        m_removing = false;
                        say(removed ? tr("Card %1 removed.").arg(masked)
                                    : tr("Not removed: %1").arg(removed.error().message));
                        reload();
                    });
                });
}

void SavedCardsDialog::addCard()
{
    if (!m_cards)
        return;
    auto settings = m_context.payFastSettings();
    if (!settings)
        return say(settings.error().message);
    if (settings->publicUrl.isEmpty())
        return say(tr("PayFast has to reach this desktop first: set the public address (Request payment asks "
                      "for it), then add the card."));
    auto created = m_cards->addCheckout(m_customerId);
    if (!created)
        return say(tr("No card-saving link: %1").arg(created.error().message));
    const QString link = settings->paymentLink(created->checkout.linkToken);
    m_panel->setRecipient(m_customerEmail, m_customerPhone);
    m_panel->setLink(link,
                     tr("%1 saves a card by opening this link and paying R 0.00; the card shows above once "
                        "PayFast confirms it.")
                         .arg(m_customerName),
                     tr("Save your card"),
                     tr("Hello %1, please open this link to save your card for future payments: %2")
                         .arg(m_customerName, link));
    m_panel->show();
    say(QString());
}

} // namespace imali
