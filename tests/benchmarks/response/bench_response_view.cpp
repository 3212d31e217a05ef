// Response view benchmark: how long the window is blocked when a 50 MB body is selected — JSON,
// HTML, plain text on one line, and binary — from showExchange() until the view has painted.
// The text views show only the first MiBs (the Hex view all of it, lazily), so the figure should
// stay far below the ~100 ms where a user notices a stall, whatever the body's size.
//
//   cmake --build build --target bench_response_view
//   xvfb-run -a build/tests/benchmarks/response/bench_response_view       # a real X window
//   QT_QPA_PLATFORM=offscreen build/tests/benchmarks/response/bench_response_view
//   options: --mb N (body size, default 50), --runs N (default 3; the median is printed)
#include "gui/response/ResponseView.h"
#include "model/Exchange.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTextStream>

#include <algorithm>

using namespace Gatescope;
using namespace Gatescope::Gui;
using namespace Qt::StringLiterals;

namespace {

QByteArray makeBody(const QByteArray &kind, qsizetype size)
{
    QByteArray body;
    body.reserve(size + 64);
    if (kind == "json") {
        body = "[";
        qsizetype i = 0;
        while (body.size() < size)
            body += "{\"id\":" + QByteArray::number(i++) + ",\"name\":\"item\",\"tags\":[\"a\",\"b\"],\"price\":12.5},";
        body.chop(1);
        body += "]";
    } else if (kind == "html") {
        body = "<!DOCTYPE html><html><body>\n";
        while (body.size() < size)
            body += "<div class=\"row\"><span>cell</span><a href=\"/x\">link</a></div>\n";
        body += "</body></html>\n";
    } else if (kind == "text-one-line") {
        body = QByteArray(size, 'x');
    } else {
        body.resize(size);
        for (qsizetype i = 0; i < size; ++i)
            body[i] = char((i * 2654435761u) >> 13);
    }
    return body;
}

Exchange makeExchange(const QByteArray &kind, const QByteArray &contentType, qsizetype size)
{
    Exchange exchange;
    exchange.request.url = QUrl(u"http://127.0.0.1:8080/big"_s);
    ResponseData response;
    response.status = 200;
    response.reason = "OK";
    response.httpVersion = "HTTP/1.1";
    response.body = makeBody(kind, size);
    response.bodySize = response.body.size();
    response.bodyWireSize = response.body.size();
    response.headers
        = { { "Content-Type", contentType }, { "Content-Length", QByteArray::number(response.body.size()) } };
    exchange.rawResponse = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n" + response.body;
    exchange.response = std::move(response);
    return exchange;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption mbOption(u"mb"_s, u"Body size in MB (default 50)."_s, u"N"_s, u"50"_s);
    QCommandLineOption runsOption(u"runs"_s, u"Runs per body kind; the median is printed (default 3)."_s, u"N"_s,
                                  u"3"_s);
    parser.addOptions({ mbOption, runsOption });
    parser.process(app);
    const qsizetype size = qsizetype(std::max(1, parser.value(mbOption).toInt())) * 1000 * 1000;
    const int runs = std::max(1, parser.value(runsOption).toInt());

    ResponseView view;
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();

    QTextStream out(stdout);
    out << "bench_response_view: " << size / 1000000 << " MB bodies, " << runs << " run(s) each, platform "
        << QGuiApplication::platformName() << Qt::endl;
    const QList<std::pair<QByteArray, QByteArray>> kinds = { { "json", "application/json" },
                                                             { "html", "text/html; charset=utf-8" },
                                                             { "text-one-line", "text/plain" },
                                                             { "binary", "application/octet-stream" } };
    for (const auto &[kind, type] : kinds) {
        const Exchange exchange = makeExchange(kind, type, size);
        QList<double> showMs, bodyTabMs, rawTabMs;
        for (int run = 0; run < runs; ++run) {
            view.clear();
            QCoreApplication::processEvents();
            view.tabs()->setCurrentIndex(0);
            QElapsedTimer timer;
            timer.start();
            view.showExchange(exchange);
            view.repaint();
            QCoreApplication::processEvents();
            showMs.append(timer.nsecsElapsed() / 1e6);
            // Switching to the Body and the Raw bytes tab paints what the user sees there.
            timer.restart();
            view.tabs()->setCurrentIndex(1);
            view.repaint();
            QCoreApplication::processEvents();
            bodyTabMs.append(timer.nsecsElapsed() / 1e6);
            timer.restart();
            view.tabs()->setCurrentIndex(2);
            view.repaint();
            QCoreApplication::processEvents();
            rawTabMs.append(timer.nsecsElapsed() / 1e6);
        }
        auto median = [](QList<double> values) {
            std::sort(values.begin(), values.end());
            return values.at(values.size() / 2);
        };
        out << QStringLiteral("%1 %2: select %3 ms, body tab %4 ms, raw bytes tab %5 ms (median of %6)")
                   .arg(QString::fromLatin1(kind), -14)
                   .arg(QLocale::c().formattedDataSize(exchange.response->body.size()), 8)
                   .arg(median(showMs), 7, 'f', 1)
                   .arg(median(bodyTabMs), 7, 'f', 1)
                   .arg(median(rawTabMs), 7, 'f', 1)
                   .arg(runs)
            << Qt::endl;
    }
    return 0;
}
