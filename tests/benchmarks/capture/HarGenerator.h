#pragma once

// Writes HAR files of a chosen size for the capture benchmarks: entries like a browser writes
// (a dozen request and response headers, JSON/HTML bodies with escapes, some base64 images,
// -1 timings, every 50th entry a failed one with Chrome's _error, every 10th a 502).

#include <QByteArray>
#include <QFile>
#include <QString>

#include <iterator>

namespace Gatescope::Bench {

inline QByteArray entryJson(int index)
{
    const QByteArray n = QByteArray::number(index);
    QByteArray body;
    QByteArray contentExtra;
    QByteArray mime = "application/json";
    int status = 200;
    if (index % 10 == 3) {
        status = 502;
        mime = "text/html";
        body = "<html>\\r\\n<head><title>502 Bad Gateway</title></head>\\r\\n<body>\\r\\n<center><h1>502 Bad "
               "Gateway</h1></center>\\r\\n<hr><center>nginx/1.22.1</center>\\r\\n</body>\\r\\n</html>\\r\\n";
    } else if (index % 10 == 7) {
        mime = "image/png";
        body = QByteArray(3000, 'x').toBase64();
        contentExtra = ",\"encoding\":\"base64\"";
    } else {
        body = "{\\\"items\\\":[";
        for (int i = 0; i < 60; ++i)
            body += "{\\\"id\\\":" + QByteArray::number(i) + ",\\\"name\\\":\\\"item \\u00e9 " + QByteArray::number(i)
                + "\\\",\\\"tags\\\":[\\\"a\\\",\\\"b\\\"],\\\"price\\\":12.5},";
        body += "{}]}";
    }
    const bool failed = index % 50 == 49;
    QByteArray json = "{\"pageref\":\"page_" + QByteArray::number(index / 100)
        + "\",\"startedDateTime\":\"2024-05-01T10:00:00.123Z\",\"time\":" + QByteArray::number(12.5 + index % 7)
        + ",\"request\":{\"method\":\"GET\",\"url\":\"https://api.example.com/v1/items/" + n
        + "?page=2&sort=name\",\"httpVersion\":\"HTTP/1.1\",\"cookies\":[],\"headers\":[";
    const char *requestHeaders[][2] = {
        { "Host", "api.example.com" },
        { "User-Agent",
          "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36" },
        { "Accept", "application/json, text/plain, */*" },
        { "Accept-Language", "en-US,en;q=0.9" },
        { "Accept-Encoding", "gzip, deflate, br" },
        { "Referer", "https://app.example.com/dashboard" },
        { "Origin", "https://app.example.com" },
        { "Connection", "keep-alive" },
        { "Sec-Fetch-Dest", "empty" },
        { "Sec-Fetch-Mode", "cors" },
        { "Sec-Fetch-Site", "same-site" },
        { "X-Request-Id", "0f8e2c1a-5b7d-4e1f-9a3c-6d2b8e4f1a7c" },
    };
    for (size_t i = 0; i < std::size(requestHeaders); ++i)
        json += QByteArray(i ? "," : "") + "{\"name\":\"" + requestHeaders[i][0] + "\",\"value\":\""
            + requestHeaders[i][1] + "\"}";
    json += "],\"queryString\":[{\"name\":\"page\",\"value\":\"2\"},{\"name\":\"sort\",\"value\":\"name\"}],"
            "\"headersSize\":-1,\"bodySize\":0},";
    if (failed) {
        json += "\"response\":{\"status\":0,\"statusText\":\"\",\"httpVersion\":\"\",\"cookies\":[],\"headers\":[],"
                "\"content\":{\"size\":0,\"mimeType\":\"x-unknown\"},"
                "\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":-1,\"_transferSize\":0,\"_error\":\"net::ERR_"
                "CONNECTION_RESET\"},";
    } else {
        json += "\"response\":{\"status\":" + QByteArray::number(status) + ",\"statusText\":\""
            + (status == 200 ? "OK" : "Bad Gateway") + "\",\"httpVersion\":\"h2\",\"cookies\":[],\"headers\":[";
        const char *responseHeaders[][2] = {
            { "date", "Wed, 01 May 2024 10:00:00 GMT" },
            { "content-type", "application/json; charset=utf-8" },
            { "server", "nginx/1.22.1" },
            { "cache-control", "no-store" },
            { "vary", "Accept-Encoding" },
            { "x-content-type-options", "nosniff" },
            { "strict-transport-security", "max-age=31536000" },
            { "x-request-id", "0f8e2c1a-5b7d-4e1f-9a3c-6d2b8e4f1a7c" },
            { "content-encoding", "gzip" },
            { "access-control-allow-origin", "https://app.example.com" },
        };
        for (size_t i = 0; i < std::size(responseHeaders); ++i)
            json += QByteArray(i ? "," : "") + "{\"name\":\"" + responseHeaders[i][0] + "\",\"value\":\""
                + responseHeaders[i][1] + "\"}";
        json += "],\"content\":{\"size\":" + QByteArray::number(body.size()) + ",\"mimeType\":\"" + mime
            + "\",\"text\":\"" + body + "\"" + contentExtra
            + "},\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":1200,\"_transferSize\":1500},";
    }
    json += "\"cache\":{},\"timings\":{\"blocked\":0.8,\"dns\":-1,\"ssl\":-1,\"connect\":-1,\"send\":0.2,\"wait\":"
        + QByteArray::number(10 + index % 5)
        + ".5,\"receive\":1.25,\"_blocked_queueing\":0.5},\"serverIPAddress\":\"203.0.113.7\","
          "\"_initiator\":{\"type\":\"script\"},\"_priority\":\"High\",\"_resourceType\":\"fetch\",\"connection\":"
          "\"443\"}";
    return json;
}

inline qint64 generateHar(const QString &path, qint64 targetBytes, int *entries)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    file.write("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"bench_har_import\",\"version\":\"1\"},\"pages\":["
               "],\"entries\":[\n");
    int count = 0;
    while (file.pos() < targetBytes) {
        if (count)
            file.write(",\n");
        file.write(entryJson(count));
        ++count;
    }
    file.write("\n]}}\n");
    *entries = count;
    return file.pos();
}

} // namespace Gatescope::Bench
