#include "cli/CompareCommand.h"

#include "capture/CaptureImporter.h"
#include "cli/InterruptibleSend.h"
#include "cli/TerminalOutput.h"
#include "hops/HopsJson.h"
#include "hops/OriginComparison.h"
#include "hops/ProtocolComparison.h"
#include "model/Durations.h"
#include "model/ExchangeJson.h"
#include "model/Phases.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Gatescope::Cli {

namespace {

struct CompareText
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Cli::CompareText)
};

// The request INPUT names: a URL (GET), or request N of a capture.
Result<RequestSpec> requestOf(const QString &input, int entry)
{
    if ((input.startsWith(u"http://", Qt::CaseInsensitive) || input.startsWith(u"https://", Qt::CaseInsensitive))
        && !QFileInfo::exists(input)) {
        RequestSpec request;
        request.url = QUrl::fromUserInput(input);
        request.headers = { { "Accept", "*/*" }, { "User-Agent", "gatescope/" GATESCOPE_VERSION } };
        if (!request.url.isValid() || request.url.host().isEmpty())
            return Error { CompareText::tr("'%1' is not a usable URL").arg(input) };
        return request;
    }
    Result<Capture> capture = Error { QString() };
    if (input == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error { CompareText::tr("standard input: cannot read") };
        capture = CaptureImporter::importText(in.readAll(), CompareText::tr("standard input"));
    } else {
        capture = CaptureImporter::importFile(input);
    }
    if (!capture)
        return Error { capture.error() };
    if (capture->requests.isEmpty())
        return Error { CompareText::tr("%1: holds no request that could be sent").arg(input) };
    const int index = std::max(0, entry);
    if (index >= capture->requests.size())
        return Error { CompareText::tr("--entry %1: %2 has entries 0 to %3")
                           .arg(index)
                           .arg(input)
                           .arg(capture->requests.size() - 1) };
    return capture->requests.at(index);
}

QString cell(const ComparedPath &path, const QString &row)
{
    const Exchange &e = path.exchange;
    const Diagnosis &d = path.diagnosis;
    if (row == u"protocol")
        return ProtocolComparison::spokenWords(path);
    if (row == u"status")
        return e.response ? QString::number(e.response->status) : u"—"_s;
    if (row == u"outcome")
        return outcomeId(e.transport.outcome);
    if (row == u"producer")
        return d.producer.layer.isEmpty() ? u"—"_s : d.producer.layer + u" · "_s + d.producer.product;
    if (row == u"cause")
        return d.cause;
    const double ms = row == u"total" ? e.timings.total : phaseValue(e.timings, phaseFromId(row));
    return ms < 0 ? u"—"_s : formatDuration(ms);
}

QString rowTitle(const QString &row)
{
    if (row == u"protocol")
        return CompareText::tr("Spoken");
    if (row == u"status")
        return CompareText::tr("Status");
    if (row == u"outcome")
        return CompareText::tr("Outcome");
    if (row == u"producer")
        return CompareText::tr("Answered by");
    if (row == u"cause")
        return CompareText::tr("Cause");
    if (row == u"total")
        return CompareText::tr("Total");
    return phaseName(phaseFromId(row));
}

// One JSON object per path: what was sent where, what came back and the verdict.
// `corrections`: the hops' timeouts as --timeout gave them, applied before the timeout audit.
QJsonObject pathToJson(const ComparedPath &path, const ComparedPath &first, const TimeoutCorrections &corrections)
{
    const HopAnalysis hops = HopAnalysis::of(path.exchange, path.diagnosis, corrections);
    QJsonObject object {
        { u"target"_s, path.target.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(path.target) },
        { u"hop"_s, path.hop > 0 ? QJsonValue(path.hop) : QJsonValue(QJsonValue::Null) },
        { u"protocol"_s,
          path.exchange.protocol.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(path.exchange.protocol) },
        { u"status"_s,
          path.exchange.response ? QJsonValue(path.exchange.response->status) : QJsonValue(QJsonValue::Null) },
        { u"outcome"_s, outcomeId(path.exchange.transport.outcome) },
        { u"detail"_s, path.exchange.transport.detail },
        { u"timings"_s, ExchangeJson::timingsToJson(path.exchange.timings) },
        { u"producer"_s,
          QJsonObject { { u"layer"_s, path.diagnosis.producer.layer },
                        { u"product"_s, path.diagnosis.producer.product } } },
        { u"cause"_s, path.diagnosis.cause },
        { u"summary"_s, path.diagnosis.summary },
        { u"differences"_s, QJsonArray::fromStringList(OriginComparison::differences(first, path)) },
    };
    if (!path.exchange.http2.failure.isEmpty()) {
        object.insert(u"http2Failure"_s, path.exchange.http2.failure);
        object.insert(u"http2ErrorCode"_s, path.exchange.http2.errorCode);
    }
    HopsJson::insertInto(object, hops);
    return object;
}

// The paths side by side under their column titles; a row that differs from the first path is
// marked with '≠'.
QString sideBySide(const QList<ComparedPath> &paths, const QStringList &columns, const QStringList &rows)
{
    QStringList header { QString() };
    header += columns;
    QList<QStringList> table { header };
    for (const QString &row : rows) {
        bool differs = false;
        QStringList line { rowTitle(row) };
        for (const ComparedPath &path : paths) {
            line.append(cell(path, row));
            differs = differs || OriginComparison::differences(paths.first(), path).contains(row);
        }
        line[0] = (differs ? u"≠ "_s : u"  "_s) + line[0];
        table.append(line);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &line : std::as_const(table))
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    QString out;
    for (const QStringList &line : std::as_const(table)) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c)
            text += line.at(c).leftJustified(widths.at(c) + 2);
        while (text.endsWith(u' '))
            text.chop(1);
        out += text + u'\n';
    }
    return out;
}

const QStringList comparedRows = { u"status"_s, u"outcome"_s, u"producer"_s, u"cause"_s,    u"dns"_s,  u"connect"_s,
                                   u"tls"_s,    u"send"_s,    u"wait"_s,     u"download"_s, u"total"_s };

QJsonObject requestToJson(const RequestSpec &request)
{
    return { { u"method"_s, QString::fromUtf8(request.method) },
             { u"url"_s, request.url.toString(QUrl::FullyEncoded) } };
}

// The built-in diagnoser with the timeouts the user gave (--timeout).
Diagnoser diagnoserWith(const TimeoutCorrections &corrections)
{
    Diagnoser diagnoser;
    diagnoser.setTimeoutCorrections(corrections);
    return diagnoser;
}

// compare --protocols: the request over HTTP/1.1 and over HTTP/2, side by side.
int runProtocolComparison(const Invocation &invocation, const RequestSpec &request)
{
    const QList<ComparedPath> paths = ProtocolComparison::run(
        request, [](const RequestSpec &r) { return sendInterruptibly(r); },
        diagnoserWith(invocation.timeoutCorrections));
    const QString conclusion = ProtocolComparison::conclusion(paths);
    if (invocation.options.value(u"format"_s) == u"json") {
        QJsonArray array;
        for (const ComparedPath &path : paths)
            array.append(pathToJson(path, paths.first(), invocation.timeoutCorrections));
        const QJsonObject document {
            { u"schema"_s, u"gatescope.compare/1"_s },
            { u"mode"_s, u"protocols"_s },
            { u"request"_s, requestToJson(request) },
            { u"paths"_s, array },
            { u"finding"_s, ProtocolComparison::findingId(ProtocolComparison::finding(paths)) },
            { u"conclusion"_s, conclusion },
        };
        writeOut(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return wasInterrupted() ? InterruptedExitCode : 0;
    }
    QStringList columns;
    for (const ComparedPath &path : paths)
        columns.append(ProtocolComparison::columnTitle(path));
    QString out = CompareText::tr("Compare over HTTP/1.1 and HTTP/2: %1 %2")
                      .arg(QString::fromUtf8(request.method), request.url.toDisplayString())
        + u"\n\n"_s + sideBySide(paths, columns, QStringList { u"protocol"_s } + comparedRows);
    out += u'\n' + CompareText::tr("Conclusion: %1").arg(conclusion) + u'\n';
    writeOut(out);
    return wasInterrupted() ? InterruptedExitCode : 0;
}

} // namespace

int runCompareCommand(const Invocation &invocation)
{
    const QString input = invocation.arguments.value(0);
    const QStringList origins = invocation.options.values(u"origin"_s);
    const QStringList chain = invocation.options.values(u"hop"_s);
    const bool protocols = invocation.options.isSet(u"protocols"_s);
    if (protocols && !(origins.isEmpty() && chain.isEmpty()))
        return usageFailure(u"compare"_s,
                            CompareText::tr("--protocols compares the request as addressed over HTTP/1.1 and "
                                            "HTTP/2; give it without --origin and --hop"));
    if (!protocols && origins.isEmpty())
        return usageFailure(u"compare"_s,
                            CompareText::tr("--origin HOST:PORT is required (or --protocols to compare HTTP/1.1 "
                                            "with HTTP/2)"));
    bool entryOk = true;
    const int entry = invocation.options.isSet(u"entry"_s) ? invocation.options.value(u"entry"_s).toInt(&entryOk) : 0;
    if (!entryOk || entry < 0) {
        writeErr(u"gatescope compare: "_s
                 + CompareText::tr("--entry: '%1' is not an entry number").arg(invocation.options.value(u"entry"_s))
                 + u'\n');
        return 2;
    }
    Result<RequestSpec> request = requestOf(input, entry);
    if (!request) {
        writeErr(u"gatescope: "_s + QString(request.error()).replace(u'\n', u' ') + u'\n');
        return 1;
    }
    if (invocation.options.isSet(u"insecure"_s))
        request->options.verifyTls = false;
    if (protocols)
        return runProtocolComparison(invocation, request.value());
    for (const QString &origin : chain + origins) {
        if (const Result<RequestSpec> straight = OriginComparison::straightTo(request.value(), origin); !straight) {
            writeErr(u"gatescope compare: "_s + straight.error() + u'\n');
            return 2;
        }
    }
    const Result<QList<ComparedPath>> paths = OriginComparison::run(
        request.value(), origins, [](const RequestSpec &r) { return sendInterruptibly(r); },
        diagnoserWith(invocation.timeoutCorrections), chain);
    if (!paths) {
        writeErr(u"gatescope compare: "_s + paths.error() + u'\n');
        return 2;
    }
    const QString conclusion = OriginComparison::conclusion(paths.value());

    if (invocation.options.value(u"format"_s) == u"json") {
        QJsonArray array;
        for (const ComparedPath &path : paths.value())
            array.append(pathToJson(path, paths->first(), invocation.timeoutCorrections));
        const QJsonObject document {
            { u"schema"_s, u"gatescope.compare/1"_s },
            { u"request"_s, requestToJson(request.value()) },
            { u"paths"_s, array },
            { u"conclusion"_s, conclusion },
        };
        writeOut(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return wasInterrupted() ? InterruptedExitCode : 0;
    }

    QStringList columns { CompareText::tr("as addressed") };
    for (qsizetype i = 1; i < paths->size(); ++i)
        columns.append(paths->at(i).hop > 0 ? OriginComparison::pathName(paths->at(i))
                                            : CompareText::tr("straight to %1").arg(paths->at(i).target));
    QString out
        = CompareText::tr("Compare: %1 %2").arg(QString::fromUtf8(request->method), request->url.toDisplayString())
        + u"\n\n"_s + sideBySide(paths.value(), columns, comparedRows);
    out += u'\n' + CompareText::tr("Conclusion: %1").arg(QString(conclusion).replace(u'\n', u"\n  "_s)) + u'\n';
    writeOut(out);
    return wasInterrupted() ? InterruptedExitCode : 0;
}

} // namespace Gatescope::Cli
