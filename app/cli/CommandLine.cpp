#include "cli/CommandLine.h"

#include "cli/CompareCommand.h"
#include "cli/ConvertCommand.h"
#include "cli/DiagnoseCommand.h"
#include "cli/LabCommand.h"
#include "cli/LogsCommand.h"
#include "cli/ProbeCommand.h"
#include "cli/RampCommand.h"
#include "cli/TerminalOutput.h"
#include "cli/WatchCommand.h"
#include "hops/TimeoutAudit.h"
#include "render/PdfReportWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

// The texts of parsing and help.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::CommandLine)
};

constexpr qsizetype HelpWidth = 79;

QString program(const CommandSpec &spec)
{
    return spec.name.isEmpty() ? u"gatescope"_s : u"gatescope "_s + spec.name;
}

Error usageError(const CommandSpec &spec, const QString &message)
{
    return Error { program(spec) + u": "_s + message };
}

QString optionSyntax(const OptionSpec &option)
{
    QStringList names;
    for (const QString &name : option.names)
        names.append((name.size() == 1 ? u"-"_s : u"--"_s) + name);
    QString syntax = names.join(u", "_s);
    if (option.takesValue())
        syntax += u" <"_s + CommandSpec::translated(option.valueName) + u'>';
    return syntax;
}

// Word-wraps `text` into the column from `indent` to HelpWidth.
QString wrapped(const QString &text, qsizetype indent)
{
    QString out;
    const QStringList paragraphs = text.split(u'\n');
    for (const QString &paragraph : paragraphs) {
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && indent + line.size() + 1 + word.size() > HelpWidth) {
                out += line + u'\n' + QString(indent, u' ');
                line.clear();
            }
            line += (line.isEmpty() ? QString() : u" "_s) + word;
        }
        out += line + u'\n';
        if (&paragraph != &paragraphs.constLast())
            out += QString(indent, u' ');
    }
    return out;
}

// Two columns: the names, then the wrapped description.
QString table(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size());
    width = std::min<qsizetype>(width, 30) + 4;
    QString out;
    for (const auto &[names, description] : rows) {
        QString line = u"  "_s + names;
        if (line.size() + 2 > width)
            line += u'\n' + QString(width, u' ');
        else
            line = line.leftJustified(width);
        out += line + wrapped(description, width);
    }
    return out;
}

QString optionsTable(const CommandSpec &spec)
{
    QList<std::pair<QString, QString>> rows { { u"-h, --help"_s, Tr::tr("Show this help.") } };
    for (const OptionSpec &option : spec.options)
        rows.append({ optionSyntax(option), CommandSpec::translated(option.description) });
    return table(rows);
}

QString usageLine(const CommandSpec &spec)
{
    QString line = program(spec) + u" [options]"_s;
    if (spec.arguments.syntax)
        line += u' ' + QString::fromUtf8(spec.arguments.syntax);
    return line;
}

bool accepts(const OptionSpec &option, const QString &value)
{
    return option.allowedValues.isEmpty() || option.allowedValues.contains(value, Qt::CaseInsensitive)
        || option.aliases.contains(value, Qt::CaseInsensitive);
}

QString expectedValues(const OptionSpec &option)
{
    return option.allowedValues.join(u", "_s);
}

// Reads arguments (arguments[0] names the program) against one command's table: unknown options,
// missing or unexpected values and arguments are usage errors.
Result<Invocation> parseCommand(const CommandSpec &spec, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption({ u"h"_s, u"help"_s }, QString()));
    for (const OptionSpec &option : spec.options) {
        parser.addOption(QCommandLineOption(option.names, QString(),
                                            option.takesValue() ? QString::fromUtf8(option.valueName) : QString()));
    }
    if (!parser.parse(arguments))
        return usageError(spec, parser.errorText());

    Invocation invocation;
    invocation.command = spec.id;
    invocation.application = spec.id == CommandId::Window ? ApplicationKind::Window : ApplicationKind::Core;
    if (parser.isSet(u"help"_s)) {
        invocation.showHelp = true;
        invocation.helpFor = spec.id == CommandId::Window ? nullptr : &spec;
        invocation.application = ApplicationKind::Core;
        invocation.locale = parser.isSet(u"lang"_s) ? parser.value(u"lang"_s) : QString();
        return invocation;
    }
    for (const OptionSpec &option : spec.options) {
        const QString name = option.longName();
        if (!option.defaultValue.isEmpty())
            invocation.options.setDefault(name, option.defaultValue);
        if (!parser.isSet(name)) {
            if (option.required)
                return usageError(spec,
                                  option.allowedValues.isEmpty()
                                      ? Tr::tr("--%1 is required").arg(name)
                                      : Tr::tr("--%1 is required: %2").arg(name, expectedValues(option)));
            continue;
        }
        const QStringList values = option.takesValue() ? parser.values(name) : QStringList { QString() };
        for (const QString &value : values) {
            if (!accepts(option, value))
                return usageError(
                    spec, Tr::tr("--%1: unknown value '%2' (expected %3)").arg(name, value, expectedValues(option)));
            invocation.options.append(name, option.allowedValues.isEmpty() ? value : value.toLower());
        }
    }
    invocation.locale = invocation.options.value(u"lang"_s);

    invocation.arguments = parser.positionalArguments();
    const ArgumentSpec &argumentSpec = spec.arguments;
    if (invocation.arguments.size() < argumentSpec.minimum)
        return usageError(spec, Tr::tr("%1 is required (see --help)").arg(QString::fromUtf8(argumentSpec.syntax)));
    if (argumentSpec.maximum >= 0 && invocation.arguments.size() > argumentSpec.maximum)
        return usageError(
            spec, Tr::tr("unexpected argument '%1' (see --help)").arg(invocation.arguments.at(argumentSpec.maximum)));
    return invocation;
}

// The typed options of each command, from the values parseCommand() accepted.
std::optional<Error> interpret(const CommandSpec &spec, Invocation &invocation)
{
    const OptionValues &options = invocation.options;
    switch (spec.id) {
    case CommandId::Diagnose:
    case CommandId::Replay: {
        if (options.isSet(u"entry"_s)) {
            bool ok = false;
            invocation.entry = options.value(u"entry"_s).toInt(&ok);
            if (!ok || invocation.entry < 0)
                return usageError(spec, Tr::tr("--entry: '%1' is not an entry number").arg(options.value(u"entry"_s)));
        }
        // Both were checked against the table, whose values and aliases these functions accept.
        invocation.report.format = reportFormatFromId(options.value(u"format"_s)).value_or(ReportFormat::Text);
        invocation.report.pageSize
            = Gui::PdfReportWriter::pageSizeFromId(options.value(u"page-size"_s)).value_or(QPageSize::A4);
        invocation.report.outputPath = options.value(u"output"_s);
        if (invocation.report.format == ReportFormat::Pdf)
            invocation.application = ApplicationKind::OffscreenGui;
        break;
    }
    case CommandId::Convert: {
        const QString to = options.value(u"to"_s);
        invocation.convertTo = to == u"curl" ? CaptureFormat::Curl
            : to == u"http"                  ? CaptureFormat::Http
            : to == u"locust"                ? CaptureFormat::Locust
            : to == u"k6"                    ? CaptureFormat::K6
                                             : CaptureFormat::Har;
        if (options.isSet(u"ramp"_s) && invocation.convertTo != CaptureFormat::Locust
            && invocation.convertTo != CaptureFormat::K6)
            return usageError(spec, Tr::tr("--ramp goes with --to locust or --to k6"));
        if (options.isSet(u"shell"_s) && invocation.convertTo != CaptureFormat::Curl)
            return usageError(spec, Tr::tr("--shell goes with --to curl"));
        break;
    }
    case CommandId::Probe:
        invocation.probeFormat = options.value(u"format"_s) == u"json" ? ReportFormat::Json : ReportFormat::Text;
        break;
    case CommandId::Help:
        invocation.showHelp = true;
        if (!invocation.arguments.isEmpty()) {
            invocation.helpFor = commandSpec(invocation.arguments.constFirst());
            if (!invocation.helpFor)
                return usageError(
                    spec,
                    Tr::tr("unknown command '%1' (did you mean '%2'?)")
                        .arg(invocation.arguments.constFirst(), closestCommandName(invocation.arguments.constFirst())));
        }
        break;
    case CommandId::Window: {
        invocation.showVersion = options.isSet(u"version"_s);
        const QString scheme = options.value(u"color-scheme"_s);
        invocation.colorScheme = scheme == u"dark" ? ColorScheme::Dark
            : scheme == u"light"                   ? ColorScheme::Light
                                                   : ColorScheme::System;
        if (invocation.showVersion)
            invocation.application = ApplicationKind::Core;
        break;
    }
    case CommandId::Lab:
    case CommandId::Compare:
    case CommandId::Watch:
    case CommandId::KeepAlive:
    case CommandId::Ramp:
        break;
    case CommandId::Logs:
        invocation.report.format = reportFormatFromId(options.value(u"format"_s)).value_or(ReportFormat::Text);
        invocation.report.outputPath = options.value(u"output"_s);
        break;
    }
    if (spec.option(u"timeout")) {
        for (const QString &value : options.values(u"timeout"_s)) {
            const Result<TimeoutCorrection> correction = TimeoutAudit::correctionFromText(value);
            if (!correction)
                return usageError(spec, Tr::tr("--timeout '%1': %2").arg(value, correction.error()));
            // A later value for the same hop and kind replaces an earlier one, as a cell typed over.
            invocation.timeoutCorrections.removeIf([&](const TimeoutCorrection &given) {
                return given.product == correction->product && given.phase == correction->phase;
            });
            invocation.timeoutCorrections.append(correction.value());
        }
    }
    if (spec.option(u"redact-pattern")) {
        Result<RedactionOptions> redaction = redactionOptionsFrom(
            options.isSet(u"no-redact"_s), options.isSet(u"redact-hash"_s), options.values(u"redact-pattern"_s));
        if (!redaction)
            return usageError(spec, redaction.error());
        redaction->hashIpAddresses = options.isSet(u"redact-ips"_s);
        invocation.redaction = redaction.value();
        invocation.report.redaction = std::move(redaction).value();
    }
    return std::nullopt;
}

} // namespace

QString OptionValues::value(const QString &longName) const
{
    const auto found = m_values.constFind(longName);
    return found != m_values.constEnd() ? found->constLast() : m_defaults.value(longName);
}

QStringList OptionValues::values(const QString &longName) const
{
    return m_values.value(longName);
}

Result<Invocation> parse(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    const CommandSpec *spec = commandSpec(first);
    // `gatescope`, `gatescope --lang de`, `gatescope capture.har`: the window (or its --help).
    if (!spec && (first.isEmpty() || first.startsWith(u'-') || QFileInfo::exists(first)))
        spec = &windowSpec();
    if (!spec) {
        return Error { Tr::tr("gatescope: unknown command '%1' (did you mean '%2'?); see 'gatescope --help'")
                           .arg(first, closestCommandName(first)) };
    }
    if (spec->id == CommandId::Window) {
        // `gatescope --lang de probe URL` would open the window on files "probe" and "URL".
        for (qsizetype i = 1; i < arguments.size(); ++i) {
            const QString &previous = arguments.at(i - 1);
            const OptionSpec *option
                = previous.startsWith(u"--") ? spec->option(QStringView(previous).mid(2)) : nullptr;
            const bool isOptionValue = option && option->takesValue();
            if (!isOptionValue && commandSpec(arguments.at(i)) && !QFileInfo::exists(arguments.at(i)))
                return Error {
                    Tr::tr("gatescope: options go after the command: gatescope %1 [options] …").arg(arguments.at(i))
                };
        }
    }
    QStringList commandArguments = arguments;
    if (spec->id != CommandId::Window)
        commandArguments.removeAt(0); // the command word stands in for the program name
    Result<Invocation> invocation = parseCommand(*spec, commandArguments);
    if (!invocation || invocation->showHelp)
        return invocation;
    if (const std::optional<Error> error = interpret(*spec, invocation.value()))
        return *error;
    return invocation;
}

int run(const Invocation &invocation)
{
    if (invocation.showVersion) {
        writeOut(versionText() + u'\n');
        return 0;
    }
    if (invocation.showHelp) {
        writeOut(helpText(invocation.helpFor ? *invocation.helpFor : windowSpec()));
        return 0;
    }
    switch (invocation.command) {
    case CommandId::Probe:
        return runProbeCommand(invocation);
    case CommandId::Diagnose:
        return runDiagnoseCommand(invocation);
    case CommandId::Replay:
        return runReplayCommand(invocation);
    case CommandId::Convert:
        return runConvertCommand(invocation);
    case CommandId::Lab:
        return runLabCommand(invocation);
    case CommandId::Logs:
        return runLogsCommand(invocation);
    case CommandId::Compare:
        return runCompareCommand(invocation);
    case CommandId::Watch:
        return runWatchCommand(invocation);
    case CommandId::KeepAlive:
        return runKeepAliveCommand(invocation);
    case CommandId::Ramp:
        return runRampCommand(invocation);
    case CommandId::Help:
    case CommandId::Window:
        break;
    }
    return 2; // the window is main()'s to run
}

QString helpText(const CommandSpec &spec)
{
    QString text;
    if (spec.id == CommandId::Window) {
        text += Tr::tr("Usage: %1").arg(usageLine(spec)) + u'\n';
        text += QString(Tr::tr("Usage: %1").indexOf(u"%1"), u' ') + u"gatescope COMMAND [options] …\n\n"_s;
    } else {
        text += Tr::tr("Usage: %1").arg(usageLine(spec)) + u"\n\n"_s;
    }
    text += wrapped(CommandSpec::translated(spec.description), 0) + u'\n';
    if (spec.id == CommandId::Window) {
        text += Tr::tr("Commands:") + u'\n';
        QList<std::pair<QString, QString>> rows;
        for (const CommandSpec &command : commandSpecs()) {
            if (!command.name.isEmpty())
                rows.append({ command.name, CommandSpec::translated(command.summary) });
        }
        text += table(rows) + u'\n';
    }
    text += Tr::tr("Options:") + u'\n' + optionsTable(spec);
    if (spec.arguments.syntax) {
        text += u'\n' + Tr::tr("Arguments:") + u'\n';
        text += table(
            { { QString::fromUtf8(spec.arguments.syntax), CommandSpec::translated(spec.arguments.description) } });
    }
    if (spec.id == CommandId::Window)
        text += u'\n' + Tr::tr("Run 'gatescope COMMAND --help' for a command's options.") + u'\n';
    return text;
}

QString versionText()
{
    return u"gatescope %1 (Qt %2)"_s.arg(QStringLiteral(GATESCOPE_VERSION), QString::fromLatin1(qVersion()));
}

} // namespace Gatescope::Cli
