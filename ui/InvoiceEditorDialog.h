// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Records.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace imali
{

class ConsoleContext;
struct LineInput;

/**
 * Creates an invoice or edits a draft: customer, lines typed as text, prices
 * with or without VAT, due date. Totals follow every keystroke, computed by
 * the same core code that stores them; a line that doesn't parse is named
 * at once and saving waits until it does.
 */
class InvoiceEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new invoice; \a copyFrom (duplicate) prefills customer and lines.
    explicit InvoiceEditorDialog(ConsoleContext& context, const Invoice* copyFrom = nullptr,
                                 QWidget* parent = nullptr);
    /// Edits the draft \a draft.
    static InvoiceEditorDialog* forDraft(ConsoleContext& context, const Invoice& draft,
                                         QWidget* parent = nullptr);

    /// The invoice saved when the dialog was accepted.
    qint64 savedInvoiceId() const { return m_savedId; }
    /// The message under the lines, empty while everything is valid.
    QString validationMessage() const;

private:
    void addLineRow(const LineInput& line);
    void fill(const Invoice& invoice);
    QList<LineInput> typedLines() const;
    void revalidate();
    void save(bool issue);

    ConsoleContext& m_context;
    qint64 m_draftId = 0;
    qint64 m_savedId = 0;
    bool m_vatRegistered = false;
    QComboBox* m_customer = nullptr;
    QCheckBox* m_pricesIncludeVat = nullptr;
    QDateEdit* m_dueDate = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_saveDraft = nullptr;
    QPushButton* m_saveIssue = nullptr;
};

} // namespace imali
