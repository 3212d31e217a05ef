#pragma once

// The secrets corpus: one diagnosed capture holding every kind of credential the Redactor must
// hide, in every place it can hide (request and response headers, cookies, URLs, JSON, form and
// multipart bodies, free text, raw bytes, diagnosis evidence). Each secret is a unique string so
// that grepping any output for it proves whether it survived. Shared by tests/core/report and
// tests/export (PDF and the Export dialog).

#include "report/ReportDocument.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace Gatescope::TestCorpus {

// One secret of the corpus: where it hides, its value, and the outputs that carry that place when
// redaction is off (space-separated output names of tst_secretscorpus: the reports json, md,
// html, text and pdf; the capture exporters har, curl and http; raw, the raw response bytes of
// the redacted exchange). A secret with no output would make "no secret found" prove nothing.
struct Secret
{
    const char *where;
    QByteArray value;
    const char *carriedBy;

    bool isCarriedBy(const QString &output) const
    {
        return QString::fromLatin1(carriedBy).split(QLatin1Char(' ')).contains(output);
    }
};

// What each kind of output carries: a request's headers and body go into every report but the
// plain text (a terminal summary: request line, verdict, transport, comment) and into every
// exporter; the URL everywhere (the plain text leaves out its user info); the response's headers
// and body into the reports and the HAR; the evidence into the reports; the transport detail into
// the reports and the HAR; the raw response bytes (with their Set-Cookie) only into the exchange.
inline QList<Secret> secrets()
{
    // clang-format off
    const char *url = "json md html text pdf har curl http";
    const char *request = "json md html pdf har curl http";
    const char *response = "json md html pdf har";
    return {
        { "Authorization bearer header",          "hdrBearerTok9a8b7c6d",                     request },
        { "Proxy-Authorization basic",            "cHJveHl1c2VyOnByb3h5cGFzc3dvcmQ0Mg==",     request },
        { "Cookie value",                         "ckSessVal-771122",                         request },
        { "second Cookie value",                  "ckCsrfVal-553311",                         request },
        { "Set-Cookie value",                     "setCkVal-998877",                          "json md html pdf har raw" },
        { "X-Api-Key header",                     "apiKeyHdr-31337",                          request },
        { "X-Auth-Token response header",         "respAuthTok-4242",                         response },
        { "query access_token",                   "qryAccessTok-1a2b3c",                      url },
        { "query api_key",                        "qryApiKey-xyz789",                         url },
        { "URL password",                         "urlPassw0rd-secret",                       request },
        { "JWT in the URL path",
          "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwYXRoand0In0.cGF0aEp3dFNpZ25hdHVyZQ",     url },
        { "JSON password field",                  "jsonPassw0rd-!x",                          request },
        { "JSON nested refresh_token",            "jsonRefreshTok-5566",                      request },
        { "form client_secret",                   "formClientSecret-7788",                    request },
        { "multipart token field",                "multipartTokVal-9911",                     request },
        { "bearer token in a response body",      "bodyBearerTok-abcdef123",                  response },
        { "JWT in a response body",
          "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib2R5and0In0.Ym9keUp3dFNpZ25hdHVyZQ",                     response },
        { "AWS access key in a body",             "AKIAZZQQ7EXAMPLE2345",                     response },
        { "AWS secret access key in a body",      "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", response },
        { "password in the raw response",         "rawPassw0rd-2468",                         "raw" },
        { "evidence from an Authorization header", "evidenceTok-1357",                        "json md html pdf" },
        { "token in the transport detail",        "detailTok-8642",                           "json md html text pdf har" },
        { "ASIA temporary key in a comment",      "ASIAQQWWEERRTTYYUUII",                     "md html text pdf har" },
    };
    // clang-format on
}

inline ReportDocument secretsCorpusDocument()
{
    ReportDocument document;
    document.inputKind = QStringLiteral("har");
    document.inputName = QStringLiteral("secrets-corpus.har");
    document.createdAt = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

    // 1: a JSON API call through nginx that failed with 502.
    Exchange api;
    api.index = 0;
    api.source = Exchange::Source::Recorded;
    api.startedAt = document.createdAt;
    api.request.method = "POST";
    api.request.url
        = QUrl(QStringLiteral("https://alice:urlPassw0rd-secret@api.example.test/v1/login/"
                              "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwYXRoand0In0.cGF0aEp3dFNpZ25hdHVyZQ"
                              "?access_token=qryAccessTok-1a2b3c&api_key=qryApiKey-xyz789&page=2"));
    api.request.headers = { { "Host", "api.example.test" },
                            { "Authorization", "Bearer hdrBearerTok9a8b7c6d" },
                            { "Proxy-Authorization", "Basic cHJveHl1c2VyOnByb3h5cGFzc3dvcmQ0Mg==" },
                            { "Cookie", "session=ckSessVal-771122; csrftoken=ckCsrfVal-553311" },
                            { "X-Api-Key", "apiKeyHdr-31337" },
                            { "Content-Type", "application/json" },
                            { "Accept", "application/json" } };
    api.request.body
        = R"({"user": "alice", "password": "jsonPassw0rd-!x", "client": {"refresh_token": "jsonRefreshTok-5566", "scope": "read"}})";
    ResponseData apiResponse;
    apiResponse.status = 502;
    apiResponse.reason = "Bad Gateway";
    apiResponse.headers = { { "Server", "nginx/1.22.1" },
                            { "Content-Type", "text/html" },
                            { "Set-Cookie", "sid=setCkVal-998877; Path=/; HttpOnly" },
                            { "X-Auth-Token", "respAuthTok-4242" } };
    apiResponse.body = "<html><head><title>502 Bad Gateway</title></head><body>\n"
                       "<pre>debug: upstream said Authorization: Bearer bodyBearerTok-abcdef123\n"
                       "jwt=eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJib2R5and0In0.Ym9keUp3dFNpZ25hdHVyZQ\n"
                       "AWS_ACCESS_KEY_ID AKIAZZQQ7EXAMPLE2345\n"
                       "aws_secret_access_key = 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\n</pre>\n"
                       "<center>nginx/1.22.1</center></body></html>\n";
    apiResponse.bodySize = apiResponse.body.size();
    api.response = apiResponse;
    api.rawResponse = "HTTP/1.1 502 Bad Gateway\r\nServer: nginx/1.22.1\r\nSet-Cookie: sid=setCkVal-998877; Path=/\r\n"
                      "Content-Type: text/plain\r\n\r\ndb password=rawPassw0rd-2468\n";
    api.timings = { -1, 0.4, 0.3, 2.1, 0.1, 0.4, 0.2, 3.5 };
    api.comment = QStringLiteral("copied by alice, key id ASIAQQWWEERRTTYYUUII");

    Diagnosis apiDiagnosis;
    apiDiagnosis.status = 502;
    apiDiagnosis.producer = { QStringLiteral("gateway"), QStringLiteral("nginx"), 0.95 };
    apiDiagnosis.cause = QStringLiteral("upstream.refused");
    apiDiagnosis.summary = QStringLiteral("nginx could not connect to its upstream: nothing accepted the connection.");
    apiDiagnosis.retry = { QStringLiteral("fix-first"), std::nullopt };
    apiDiagnosis.path
        = { { QStringLiteral("status.502"), { QStringLiteral("status 502") } },
            { QStringLiteral("producer.gateway"), { QStringLiteral("Server: nginx/1.22.1") } },
            { QStringLiteral("cause.upstream.refused"), { QStringLiteral("default nginx 502 page, wait 0.4 ms") } } };
    apiDiagnosis.evidence
        = { { QStringLiteral("product.nginx"), QStringLiteral("header:Server"), QStringLiteral("nginx/1.22.1") },
            { QStringLiteral("request.credentials"), QStringLiteral("header:Authorization"),
              QStringLiteral("Bearer evidenceTok-1357") } };
    apiDiagnosis.checklist
        = { QStringLiteral("upstream-refused"),
            QStringLiteral("Upstream refused the connection"),
            { QStringLiteral("Check that the upstream service is running and listening on the configured port."),
              QStringLiteral("Compare the proxy_pass address with the port the application binds to.") } };

    // 2: a form login that never got an answer.
    Exchange form;
    form.index = 1;
    form.source = Exchange::Source::Recorded;
    form.startedAt = document.createdAt.addMSecs(40);
    form.request.method = "POST";
    form.request.url = QUrl(QStringLiteral("https://auth.example.test/oauth/token"));
    form.request.headers = { { "Content-Type", "application/x-www-form-urlencoded" } };
    form.request.body = "grant_type=client_credentials&client_id=app-1&client_secret=formClientSecret-7788";
    form.transport
        = { Outcome::Reset, Phase::Wait, QStringLiteral("connection reset after sending token=detailTok-8642"), 0 };
    form.timings = { -1, 0.5, 0.3, -1, 0.1, 12.0, -1, 12.9 };
    Diagnosis formDiagnosis;
    formDiagnosis.status = 502;
    formDiagnosis.predicted = true;
    formDiagnosis.producer = { QStringLiteral("client"), QStringLiteral("none"), 0.9 };
    formDiagnosis.cause = QStringLiteral("transport.reset");
    formDiagnosis.summary = QStringLiteral("The server reset the connection before answering.");
    formDiagnosis.checklist = { QStringLiteral("transport-reset"),
                                QString(),
                                { QStringLiteral("Look for a crash or a restart of the server at that time.") } };

    // 3: a multipart upload answered 503.
    Exchange upload;
    upload.index = 2;
    upload.source = Exchange::Source::Recorded;
    upload.startedAt = document.createdAt.addMSecs(90);
    upload.request.method = "PUT";
    upload.request.url = QUrl(QStringLiteral("https://files.example.test/upload"));
    upload.request.headers = { { "Content-Type", "multipart/form-data; boundary=----gsBoundary" } };
    upload.request.body
        = "------gsBoundary\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\nmultipartTokVal-9911\r\n"
          "------gsBoundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
          "Content-Type: text/plain\r\n\r\nhello\r\n------gsBoundary--\r\n";
    ResponseData uploadResponse;
    uploadResponse.status = 503;
    uploadResponse.reason = "Service Unavailable";
    uploadResponse.headers = { { "Retry-After", "120" }, { "Content-Type", "text/plain" } };
    uploadResponse.body = "maintenance until noon";
    uploadResponse.bodySize = uploadResponse.body.size();
    upload.response = uploadResponse;
    upload.timings = { -1, 0.2, 0.2, 1.5, 0.3, 5.0, 0.1, 7.3 };
    Diagnosis uploadDiagnosis;
    uploadDiagnosis.status = 503;
    uploadDiagnosis.producer = { QStringLiteral("origin"), QStringLiteral("origin"), 0.7 };
    uploadDiagnosis.cause = QStringLiteral("maintenance");
    uploadDiagnosis.summary = QStringLiteral("The service is down for planned maintenance.");
    uploadDiagnosis.retry = { QStringLiteral("retry-after"), 120 };
    uploadDiagnosis.checklist = { QStringLiteral("maintenance"),
                                  QString(),
                                  { QStringLiteral("Wait for the Retry-After time, then try again.") } };

    document.entries = { { api, apiDiagnosis }, { form, formDiagnosis }, { upload, uploadDiagnosis } };
    return document;
}

} // namespace Gatescope::TestCorpus
