#include "ConvertCommand.h"

#include "CaptureImporter.h"
#include "CurlExporter.h"
#include "HarExporter.h"
#include "HttpFileExporter.h"
#include "Redactor.h"
#include "TerminalOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

struct ConvertText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::ConvertCommand)
};

int usageError(const QString &message)
{
    writeErr(u"gatescope convert: "_s + message + u'\n');
    return 2;
}

int inputError(const QString &message)
{
    writeErr(u"gatescope convert: "_s + message + u'\n');
    return 1;
}

// The redaction step every export goes through: credentials hidden unless the user said
// --no-redact. Returns what was hidden, in words, for the note on stderr.
QString redactForExport(Capture &capture, const RedactionOptions &options)
{
    Redactor redactor(options);
    if (!redactor.isEnabled())
        return {};
    for (RequestSpec &request : capture.requests)
        request = redactor.redactRequest(request);
    for (Exchange &exchange : capture.exchanges)
        exchange = redactor.redact(exchange);
    return redactor.summary().describe();
}

QList<RequestSpec> requestsOf(const Capture &capture)
{
    if (!capture.requests.isEmpty())
        return capture.requests;
    QList<RequestSpec> requests;
    for (const Exchange &exchange : capture.exchanges) {
        if (exchange.request.url.isValid() && !exchange.request.url.host().isEmpty())
            requests.append(exchange.request);
    }
    return requests;
}

} // namespace

int runConvertCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ConvertText::tr("Convert a capture (HAR, curl command lines, raw HTTP, .http file) "
                                                     "into HAR 1.2, a bash curl command or an .http file. Credentials "
                                                     "are redacted unless --no-redact is given."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"input"_s, ConvertText::tr("The capture file to read, or - for standard input."));
    const QCommandLineOption toOption({u"t"_s, u"to"_s}, ConvertText::tr("What to write: har, curl or http."), u"format"_s);
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, ConvertText::tr("Write to FILE (replaced atomically) instead of standard output."),
                                          u"file"_s);
    const QCommandLineOption noRedactOption(u"no-redact"_s, ConvertText::tr("Keep credentials (tokens, cookies, passwords) in the output."));
    const QCommandLineOption hashOption(u"redact-hash"_s, ConvertText::tr("Replace each hidden value by a short hash, so equal values still match."));
    parser.addOptions({toOption, outputOption, noRedactOption, hashOption});

    QStringList argv = arguments;
    if (!argv.isEmpty())
        argv[0] = u"gatescope convert"_s;
    if (!parser.parse(argv))
        return usageError(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        writeOut(parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(ConvertText::tr("give exactly one INPUT (a file, or - for standard input)"));
    const QString format = parser.value(toOption).toLower();
    if (format.isEmpty())
        return usageError(ConvertText::tr("--to is required: har, curl or http"));
    if (format != u"har" && format != u"curl" && format != u"http")
        return usageError(ConvertText::tr("--to %1: expected har, curl or http").arg(format));

    const QString input = positional.first();
    Result<Capture> imported = Error{};
    if (input == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return inputError(ConvertText::tr("cannot read standard input"));
        imported = CaptureImporter::importText(in.readAll(), ConvertText::tr("standard input"));
    } else {
        imported = CaptureImporter::importFile(input);
    }
    if (!imported)
        return inputError(imported.error());
    Capture capture = std::move(imported).value();
    for (const QString &warning : std::as_const(capture.warnings))
        writeErr(ConvertText::tr("gatescope convert: warning: %1").arg(warning) + u'\n');

    RedactionOptions redaction;
    redaction.enabled = !parser.isSet(noRedactOption);
    redaction.hashValues = parser.isSet(hashOption);
    const QString redacted = redactForExport(capture, redaction);

    QByteArray output;
    if (format == u"har") {
        output = HarExporter::toHar(capture);
    } else {
        const QList<RequestSpec> requests = requestsOf(capture);
        if (requests.isEmpty())
            return inputError(ConvertText::tr("%1: holds no request (a response alone); there is nothing to write as %2").arg(capture.name, format));
        output = format == u"curl" ? CurlExporter::toCurl(requests) : HttpFileExporter::toHttpFile(requests);
    }

    const QString outputPath = parser.value(outputOption);
    if (outputPath.isEmpty() || outputPath == u"-") {
        writeOut(output);
    } else {
        QSaveFile file(outputPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit())
            return inputError(ConvertText::tr("%1: cannot write: %2").arg(outputPath, file.errorString()));
    }
    if (!redaction.enabled)
        writeErr(ConvertText::tr("gatescope convert: redaction is off: the output may hold live credentials") + u'\n');
    else
        writeErr(ConvertText::tr("gatescope convert: redacted: %1 (use --no-redact to keep them)").arg(redacted) + u'\n');
    return 0;
}

} // namespace Gatescope::Cli
