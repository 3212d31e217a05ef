#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// A HAR 1.2 document with `count` entries to the given base URL; every `failEvery`-th entry is a
// 502 from a gateway, the rest 200. Small, but a real file the importer has to parse.
inline QByteArray makeHar(int count, const QString &baseUrl, int failEvery = 3)
{
    using namespace Qt::StringLiterals;
    QJsonArray entries;
    for (int i = 0; i < count; ++i) {
        const bool fail = failEvery > 0 && i % failEvery == failEvery - 1;
        const int status = fail ? 502 : 200;
        const QString body = fail
            ? u"<html><body><h1>502 Bad Gateway</h1><hr><center>nginx/1.22.1</center></body></html>"_s
            : u"{\"ok\":true}"_s;
        const QJsonObject request {
            { u"method"_s, u"GET"_s },
            { u"url"_s, u"%1/items/%2"_s.arg(baseUrl).arg(i) },
            { u"httpVersion"_s, u"HTTP/1.1"_s },
            { u"headers"_s,
              QJsonArray { QJsonObject { { u"name"_s, u"Accept"_s }, { u"value"_s, u"application/json"_s } } } },
            { u"queryString"_s, QJsonArray() },
            { u"cookies"_s, QJsonArray() },
            { u"headersSize"_s, -1 },
            { u"bodySize"_s, 0 }
        };
        const QJsonObject response {
            { u"status"_s, status },
            { u"statusText"_s, fail ? u"Bad Gateway"_s : u"OK"_s },
            { u"httpVersion"_s, u"HTTP/1.1"_s },
            { u"headers"_s,
              QJsonArray { QJsonObject { { u"name"_s, u"Server"_s }, { u"value"_s, u"nginx/1.22.1"_s } },
                           QJsonObject { { u"name"_s, u"Content-Type"_s },
                                         { u"value"_s, fail ? u"text/html"_s : u"application/json"_s } } } },
            { u"cookies"_s, QJsonArray() },
            { u"content"_s,
              QJsonObject { { u"size"_s, int(body.size()) },
                            { u"mimeType"_s, fail ? u"text/html"_s : u"application/json"_s },
                            { u"text"_s, body } } },
            { u"redirectURL"_s, QString() },
            { u"headersSize"_s, -1 },
            { u"bodySize"_s, int(body.size()) }
        };
        const QJsonObject timings { { u"blocked"_s, 0.5 }, { u"dns"_s, 1.0 },  { u"connect"_s, 2.0 },
                                    { u"ssl"_s, -1 },      { u"send"_s, 0.2 }, { u"wait"_s, fail ? 60000.0 : 20.0 },
                                    { u"receive"_s, 1.0 } };
        entries.append(
            QJsonObject { { u"startedDateTime"_s, u"2026-11-30T10:00:%1.000Z"_s.arg(i % 60, 2, 10, QChar(u'0')) },
                          { u"time"_s, fail ? 60004.7 : 24.7 },
                          { u"request"_s, request },
                          { u"response"_s, response },
                          { u"cache"_s, QJsonObject() },
                          { u"timings"_s, timings } });
    }
    const QJsonObject log { { u"version"_s, u"1.2"_s },
                            { u"creator"_s, QJsonObject { { u"name"_s, u"test"_s }, { u"version"_s, u"1"_s } } },
                            { u"entries"_s, entries } };
    return QJsonDocument(QJsonObject { { u"log"_s, log } }).toJson(QJsonDocument::Compact);
}
