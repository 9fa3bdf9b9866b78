// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

/** Runs the built imalictl as a user would, for the end-to-end rows of several suites. */
namespace testcli {

/// What an imalictl run did.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString imalictlPath()
{
    return QStringLiteral(IMALI_BIN_DIR "/imalictl");
}

inline CliRun runImalictl(const QStringList& arguments, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(imalictlPath(), arguments);
    CliRun run;
    if (!process.waitForStarted(30000)) {
        run.err = QStringLiteral("could not start %1: %2").arg(imalictlPath(), process.errorString());
        return run;
    }
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = QStringLiteral("imalictl %1 timed out").arg(arguments.join(QLatin1Char(' ')));
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace testcli
