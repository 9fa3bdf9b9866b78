// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleContext.h"
#include "InvoiceEditorDialog.h"
#include "Language.h"
#include "Ledger.h"
#include "MainWindow.h"
#include "TestLedger.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

using namespace imali;

namespace
{

/** The %1..%99 and %n placeholders of a text, sorted, so that order does not matter. */
QStringList placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const auto& match : marker.globalMatch(text))
        found << match.captured(0);
    found.sort();
    return found;
}

/** What keeps a Qt Linguist catalogue from being shipped: unfinished, obsolete or empty messages, and
 *  translations whose placeholders differ from their source (the .arg() calls would misplace values). */
QStringList catalogueProblems(QIODevice& ts)
{
    QStringList problems;
    QXmlStreamReader xml(&ts);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString where = QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (!type.isEmpty())
                problems << QStringLiteral("%1 is %2").arg(where, type);
            QStringList forms;
            // Either plain text or, for %n messages, one <numerusform> per plural form.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    forms << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == u"translation")
                    break;
            }
            if (forms.isEmpty())
                forms << text;
            for (const QString& form : std::as_const(forms)) {
                if (type.isEmpty() && form.trimmed().isEmpty())
                    problems << QStringLiteral("%1 has an empty translation").arg(where);
                else if (type.isEmpty() && placeholders(form) != placeholders(source))
                    problems << QStringLiteral("%1 has placeholders %2 in \"%3\"")
                                    .arg(where, placeholders(form).join(u' '), form.left(60));
            }
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("not readable XML: %1").arg(xml.errorString());
    return problems;
}

} // namespace

/** The console in Afrikaans: the embedded catalogue loads and the pages and buttons speak it. */
class tst_Language : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void choiceComesFromSettings();
    void shippedCatalogueIsComplete();
    void catalogueCheckCatchesMistakes();
    void consoleSpeaksAfrikaans_data() { testdb::addBackendRows(); }
    void consoleSpeaksAfrikaans();
};

void tst_Language::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("imali-test-language"));
}

void tst_Language::choiceComesFromSettings()
{
    QSettings().remove(QStringLiteral("language"));
    QCOMPARE(Language::chosen(), QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("af"));
    QCOMPARE(Language::chosen(), QStringLiteral("af"));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("xx"));
    QCOMPARE(Language::chosen(), QStringLiteral("en"));
    QVERIFY(!Language::install(QStringLiteral("xx")));
    QSettings().remove(QStringLiteral("language"));
}

void tst_Language::shippedCatalogueIsComplete()
{
    QFile ts(QStringLiteral(IMALI_AF_TS));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    const QStringList problems = catalogueProblems(ts);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_Language::catalogueCheckCatchesMistakes()
{
    QByteArray bad = R"(<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="af">
<context>
    <name>X</name>
    <message><source>Paid %1 of %2</source><translation>%1 betaal</translation></message>
    <message><source>New</source><translation type="unfinished"></translation></message>
    <message><source>Old</source><translation type="vanished">Oud</translation></message>
    <message numerus="yes"><source>%n invoice(s)</source><translation><numerusform>%n faktuur</numerusform><numerusform>fakture</numerusform></translation></message>
    <message><source>Due %1</source><translation>Betaalbaar %1</translation></message>
</context>
</TS>)";
    QBuffer buffer(&bad);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const QStringList problems = catalogueProblems(buffer);
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.at(0).contains(QLatin1String("Paid %1 of %2")));
    QVERIFY(problems.at(1).contains(QLatin1String("is unfinished")));
    QVERIFY(problems.at(2).contains(QLatin1String("is vanished")));
    QVERIFY(problems.at(3).contains(QLatin1String("\"fakture\"")));
}

void tst_Language::consoleSpeaksAfrikaans()
{
    QFETCH(QString, backend);
    static const bool installed = Language::install(QStringLiteral("af"));
    QVERIFY(installed);
    testdb::TestLedger t(backend);
    const QString error = t.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ConsoleContext context(t.ledger(), Config(QString()));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* pages = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(pages);
    QStringList names;
    for (int i = 0; i < pages->count(); ++i)
        names << pages->item(i)->text();
    for (const QString& page : {QStringLiteral("Oorsig"), QStringLiteral("Fakture"),
                                QStringLiteral("Betalings"), QStringLiteral("Kliënte")})
        QVERIFY2(names.contains(page), qPrintable(names.join(QLatin1String(", "))));
    QVERIFY(!names.contains(QStringLiteral("Invoices")));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("sandboxBanner"))
                ->text()
                .startsWith(QLatin1String("SANDPUT")));
    QCOMPARE(window.windowTitle(), QStringLiteral("imali — sandput"));

    InvoiceEditorDialog editor(context);
    QCOMPARE(editor.windowTitle(), QStringLiteral("Nuwe faktuur"));
    QCOMPARE(editor.findChild<QPushButton*>(QStringLiteral("saveDraft"))->text(),
             QStringLiteral("Stoor as k&onsep"));
    QCOMPARE(editor.findChild<QPushButton*>(QStringLiteral("saveAndIssue"))->text(),
             QStringLiteral("Stoor en &reik uit"));
    // Qt's own standard button, from the QPlatformTheme strings our catalogue carries.
    auto* box = editor.findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QCOMPARE(box->button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Kanselleer"));
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
