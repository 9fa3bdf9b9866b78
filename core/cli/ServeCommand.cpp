// SPDX-License-Identifier: GPL-3.0-or-later
// imalictl serve: the ITN listener until SIGINT or SIGTERM.
#include "CliContext.h"

#include "listener/Listener.h"
#include "payfast/PayFastSettings.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("imalictl", text);
}

int signalPipe[2] = {-1, -1};

extern "C" void onTerminate(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: wake the event loop through the pipe.
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}
} // namespace

int runServeCommand(CliContext& ctx)
{
    if (auto bad = ctx.rejectUnknown({}))
        return *bad;
    auto ledger = ctx.ledger();
    if (!ledger)
        return ctx.fail(ledger.error());
    const Config config = ctx.config();
    // Refuses an unsafe live configuration before opening any port.
    auto payfast = PayFastSettings::resolve(config, **ledger);
    if (!payfast)
        return ctx.fail(payfast.error());
    auto listenerConfig = ListenerConfig::resolve(config, *payfast);
    if (!listenerConfig)
        return ctx.fail(listenerConfig.error());
    if ((*ledger)->environment() == Environment::Live && !listenerConfig->address.isLoopback()
        && listenerConfig->trustedProxies.isEmpty())
        ctx.err() << tr("warning: listening on %1 without a tunnel in front; PayFast's sender check uses the peer "
                        "address\n").arg(listenerConfig->address.toString());

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return ctx.fail(Error::runtime(tr("could not set up signal handling")));
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    Listener listener;
    auto port = listener.start(**ledger, *listenerConfig);
    if (!port)
        return ctx.fail(port.error());
    ctx.err() << tr("Listening for PayFast ITNs%6 on %1:%2 (%3 ledger %4, %5). Stop with Ctrl+C.\n")
                     .arg(listenerConfig->address.toString())
                     .arg(*port)
                     .arg(toString((*ledger)->environment()), (*ledger)->ledgerId(), (*ledger)->db().url().display(),
                          listenerConfig->stripe.enabled ? tr(" and Stripe events") : QString());
    ctx.err().flush();
    QCoreApplication::exec();
    // Drain: stop accepting, let answered requests finish writing, flush the refused stores.
    listener.stop();
    ctx.err() << tr("Stopped.\n");
    ctx.err().flush();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return 0;
}

} // namespace imali
