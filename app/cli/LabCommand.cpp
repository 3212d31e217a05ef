#include "cli/LabCommand.h"

#include "cli/CommandLine.h"
#include "cli/TerminalOutput.h"
#include "lab/Lab.h"
#include "lab/LabScenarioRunner.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

struct LabText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::LabCommand)
};

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

QString expectedText(const LabScenario &scenario)
{
    QString text = u"%1 %2"_s.arg(scenario.expectedStatus).arg(scenario.expectedCause);
    if (!scenario.expectedProduct.isEmpty() && scenario.expectedProduct != u"none")
        text += u" (%1)"_s.arg(scenario.expectedProduct);
    if (scenario.expectedPredicted)
        text += LabText::tr(", predicted");
    return text;
}

void printScenarios(const Lab &lab)
{
    writeOut(LabText::tr("Gatescope 5xx Lab — %n scenario(s) on loopback\n\n", nullptr, int(lab.scenarios().size())));
    for (const LabScenario &scenario : lab.scenarios()) {
        writeOut(u"%1\n  %2\n  %3\n"_s.arg(scenario.title, scenario.request.url.toString(), scenario.story));
        if (scenario.burst > 1)
            writeOut(LabText::tr("  send %1 requests at once\n").arg(scenario.burst));
        writeOut(LabText::tr("  expected diagnosis: %1\n\n").arg(expectedText(scenario)));
    }
}

int runCheck(const Lab &lab, const QStringList &only)
{
    int failures = 0;
    int ran = 0;
    for (const LabScenario &scenario : lab.scenarios()) {
        if (!only.isEmpty() && !only.contains(scenario.id))
            continue;
        ++ran;
        const LabRunResult result = LabScenarioRunner::runBlocking(scenario);
        const Diagnosis &got = result.diagnosis;
        QString gotText = u"%1 %2"_s.arg(got.status).arg(got.cause);
        if (!got.producer.product.isEmpty() && got.producer.product != u"none")
            gotText += u" (%1)"_s.arg(got.producer.product);
        if (got.predicted)
            gotText += LabText::tr(", predicted");
        if (result.matched) {
            writeOut(LabText::tr("ok    %1: %2\n").arg(scenario.id.leftJustified(32), gotText));
        } else {
            ++failures;
            writeOut(LabText::tr("FAIL  %1: expected %2, got %3\n")
                         .arg(scenario.id.leftJustified(32), expectedText(scenario), gotText));
            if (result.shownIndex >= 0) {
                const Exchange &exchange = result.exchanges.at(result.shownIndex);
                writeOut(LabText::tr("      transport: %1 %2\n")
                             .arg(outcomeId(exchange.transport.outcome), exchange.transport.detail));
            }
        }
    }
    if (ran == 0) {
        writeErr(LabText::tr("gatescope lab: no scenario matches %1\n").arg(only.join(u", "_s)));
        return 2;
    }
    writeOut(LabText::tr("%1 passed, %2 failed\n").arg(ran - failures).arg(failures));
    return failures == 0 ? 0 : 1;
}

} // namespace

int runLabCommand(const Invocation &invocation)
{
    Lab lab;
    if (!lab.start()) {
        writeErr(u"gatescope lab: "_s + lab.errorString() + u'\n');
        return 1;
    }
    if (invocation.options.isSet(u"check"_s))
        return runCheck(lab, invocation.options.values(u"scenario"_s));

    printScenarios(lab);
    if (invocation.options.isSet(u"list"_s))
        return 0;

    writeOut(LabText::tr("The lab is running. Press Ctrl+C to stop it.\n"));
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return 1;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     [] { QCoreApplication::quit(); });
    const int code = QCoreApplication::exec();
    writeOut(LabText::tr("Lab stopped.\n"));
    return code;
}

} // namespace Gatescope::Cli
