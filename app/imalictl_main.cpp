// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QGuiApplication>

int main(int argc, char* argv[])
{
    // PDFs are rendered with QtGui on the offscreen platform: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("imali"));
    QGuiApplication::setApplicationName(QStringLiteral("imali"));
    QGuiApplication::setApplicationVersion(QStringLiteral(IMALI_VERSION));
    return imali::runCli(QGuiApplication::arguments().mid(1));
}
