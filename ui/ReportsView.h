// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace imali
{

class ConsoleContext;
class ReportPreviewModel;
struct ReportRequest;

/**
 * The bookkeeper's reports: a report and its period, a preview of the first
 * rows with the totals of them all, and export to CSV or PDF with progress
 * and cancel. The figures come from the same core rows as `imalictl export`.
 */
class ReportsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 500;

    explicit ReportsView(ConsoleContext& context, QWidget* parent = nullptr);

    ReportPreviewModel* model() const { return m_model; }
    /// Writes the report shown to \a file (csv or pdf by \a format); false and a message when it can't.
    bool exportTo(const QString& file, const QString& format);
    QString message() const;

public slots:
    void preview();

private:
    ReportRequest request() const;
    void updateDates();
    void exportAs(const QString& format);

    ConsoleContext& m_context;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_message = nullptr;
    ReportPreviewModel* m_model = nullptr;
};

} // namespace imali
