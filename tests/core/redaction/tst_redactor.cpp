// Redactor: every kind of credential is hidden wherever it appears, names stay, harmless values stay.
#include "redaction/Redactor.h"

#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

class tst_Redactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textRedaction_hidesTheSecretAndKeepsItsName_data();
    void textRedaction_hidesTheSecretAndKeepsItsName();
    void textRedaction_leavesHarmlessTextAlone_data();
    void textRedaction_leavesHarmlessTextAlone();
    void headerValues_followTheRulesOfTheirHeader_data();
    void headerValues_followTheRulesOfTheirHeader();
    void urls_loseQueryTokensAndPasswords_data();
    void urls_loseQueryTokensAndPasswords();
    void bodies_areReadByContentType_data();
    void bodies_areReadByContentType();
    void rawResponse_headersAndBodyAreRedacted();
    void rawResponse_compressedBodyIsHiddenWhole();
    void exchange_everyPartIsRedacted();
    void diagnosis_evidenceFromSecretHeadersIsHidden();
    void hashOption_equalValuesGetEqualPlaceholders();
    void customPattern_isCountedUnderItsName();
    void disabled_returnsEverythingUnchanged();
    void redactingTwice_hidesNothingMore();
    void urls_placeholdersArePercentEncoded_data();
    void urls_placeholdersArePercentEncoded();
    void jsonBodies_withNothingToHideStayByteIdentical_data();
    void jsonBodies_withNothingToHideStayByteIdentical();
    void jsonBodies_onlyTheSecretValuesChange_data();
    void jsonBodies_onlyTheSecretValuesChange();
    void contentLength_followsTheRedactedBody_data();
    void contentLength_followsTheRedactedBody();
    void rawResponseCopy_countsEachSecretOnce_data();
    void rawResponseCopy_countsEachSecretOnce();
    void hashWithoutKey_differsBetweenRedactors();
};

void tst_Redactor::textRedaction_hidesTheSecretAndKeepsItsName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("kind");

    QTest::newRow("bearer token in prose")
        << u"call with Bearer abcDEF123456xyz please"_s << u"abcDEF123456xyz"_s << u"Bearer"_s << u"bearer-token"_s;
    QTest::newRow("authorization line in curl")
        << u"curl -H 'Authorization: Basic dXNlcjpodW50ZXIy' x"_s << u"dXNlcjpodW50ZXIy"_s << u"Authorization: Basic"_s
        << u"authorization"_s;
    QTest::newRow("JWT anywhere") << u"id=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl;"_s
                                  << u"eyJzdWIiOiIxMjMifQ"_s << u"id="_s << u"jwt"_s;
    QTest::newRow("AWS access key id") << u"key id AKIAIOSFODNN7EXAMPLE in config"_s << u"AKIAIOSFODNN7EXAMPLE"_s
                                       << u"key id"_s << u"aws-access-key"_s;
    QTest::newRow("AWS temporary key id")
        << u"ASIAQWERTYUIOPASDFGH"_s << u"ASIAQWERTYUIOPASDFGH"_s << QString() << u"aws-access-key"_s;
    QTest::newRow("aws_secret_access_key line")
        << u"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s << u"wJalrXUtnFEMI/K7MDENG"_s
        << u"aws_secret_access_key = "_s << u"aws-secret-key"_s;
    QTest::newRow("password in a URL") << u"see https://alice:hunter2secret@db.example.test/x"_s << u"hunter2secret"_s
                                       << u"https://alice:"_s << u"url-password"_s;
    QTest::newRow("query parameter in text") << u"GET /cb?code=1&access_token=tok_98765abc HTTP/1.1"_s
                                             << u"tok_98765abc"_s << u"access_token="_s << u"named-value"_s;
    QTest::newRow("JSON field in a snippet") << u"{\"user\":\"bob\",\"password\": \"correct horse battery\"}"_s
                                             << u"correct horse battery"_s << u"\"password\": "_s << u"named-value"_s;
    QTest::newRow("JSON number under secret")
        << u"{\"pin\":1,\"api_key\": 12345678}"_s << u"12345678"_s << u"\"api_key\": "_s << u"named-value"_s;
    QTest::newRow("cookie header in raw text")
        << u"Cookie: session=s3cr3tSess; theme=dark\r\n"_s << u"s3cr3tSess"_s << u"session="_s << u"cookie"_s;
    QTest::newRow("set-cookie in raw text") << u"Set-Cookie: sid=abcdef987; Path=/; HttpOnly"_s << u"abcdef987"_s
                                            << u"Path=/; HttpOnly"_s << u"set-cookie"_s;
    QTest::newRow("api key header in text")
        << u"X-Api-Key: 9f8e7d6c5b4a\n"_s << u"9f8e7d6c5b4a"_s << u"X-Api-Key: "_s << u"named-value"_s;
    QTest::newRow("env file secret") << u"CLIENT_SECRET=shhh-very-secret-1\n"_s << u"shhh-very-secret-1"_s
                                     << u"CLIENT_SECRET="_s << u"named-value"_s;
}

void tst_Redactor::textRedaction_hidesTheSecretAndKeepsItsName()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    QFETCH(QString, kind);

    Redactor redactor;
    const QString redacted = redactor.redactText(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(u"secret survived: "_s + redacted));
    QVERIFY2(redacted.contains(u"[redacted]"_s), qPrintable(redacted));
    QVERIFY2(redacted.contains(kept), qPrintable(u"name lost: "_s + redacted));
    QVERIFY2(redactor.summary().counts.value(kind) >= 1,
             qPrintable(u"expected a count for "_s + kind + u", got "_s + redactor.summary().counts.keys().join(u',')));
}

void tst_Redactor::textRedaction_leavesHarmlessTextAlone_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("nginx error page")
        << u"<html><head><title>502 Bad Gateway</title></head><body><center>nginx/1.22.1</center></body></html>"_s;
    QTest::newRow("diagnosis sentence")
        << u"nginx could not connect to its upstream: nothing accepted the connection."_s;
    QTest::newRow("WWW-Authenticate line") << u"WWW-Authenticate: Bearer realm=\"api\", error=\"invalid_token\""_s;
    QTest::newRow("plain query") << u"/v1/items?page=2&sort=name"_s;
    QTest::newRow("already redacted") << u"token=[redacted] and Bearer [redacted]"_s;
}

void tst_Redactor::textRedaction_leavesHarmlessTextAlone()
{
    QFETCH(QString, text);
    Redactor redactor;
    QCOMPARE(redactor.redactText(text), text);
    QCOMPARE(redactor.summary().total(), 0);
}

void tst_Redactor::headerValues_followTheRulesOfTheirHeader_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("bearer authorization") << "Authorization"_ba
                                          << "Bearer abc.def-123"_ba
                                          << "Bearer [redacted]"_ba;
    QTest::newRow("schemeless authorization") << "Authorization"_ba
                                              << "abcdef123"_ba
                                              << "[redacted]"_ba;
    QTest::newRow("proxy authorization") << "Proxy-Authorization"_ba
                                         << "Basic Zm9vOmJhcg=="_ba
                                         << "Basic [redacted]"_ba;
    QTest::newRow("cookie names stay") << "Cookie"_ba
                                       << "session=abc123; theme=dark"_ba
                                       << "session=[redacted]; theme=[redacted]"_ba;
    QTest::newRow("set-cookie attributes") << "Set-Cookie"_ba
                                           << "JSESSIONID=ab12; Path=/; Secure"_ba
                                           << "JSESSIONID=[redacted]; Path=/; Secure"_ba;
    QTest::newRow("x-api-key") << "X-Api-Key"_ba
                               << "k-123"_ba
                               << "[redacted]"_ba;
    QTest::newRow("x-auth-token") << "X-Auth-Token"_ba
                                  << "t-123"_ba
                                  << "[redacted]"_ba;
    QTest::newRow("x-amz-security-token") << "X-Amz-Security-Token"_ba
                                          << "FQoGZXIvYXdzE"_ba
                                          << "[redacted]"_ba;
    QTest::newRow("x-csrf") << "X-CSRF"_ba
                            << "c5rf"_ba
                            << "[redacted]"_ba;
    QTest::newRow("x-hub-signature") << "X-Hub-Signature-256"_ba
                                     << "sha256=abc"_ba
                                     << "[redacted]"_ba;
    QTest::newRow("location with token") << "Location"_ba
                                         << "https://app.test/cb?id_token=xyz123"_ba
                                         << "https://app.test/cb?id_token=[redacted]"_ba;
    QTest::newRow("server stays") << "Server"_ba
                                  << "nginx/1.22.1"_ba
                                  << "nginx/1.22.1"_ba;
    QTest::newRow("www-authenticate stays") << "WWW-Authenticate"_ba
                                            << "Basic realm=\"x\""_ba
                                            << "Basic realm=\"x\""_ba;
    QTest::newRow("acao credentials stays") << "Access-Control-Allow-Credentials"_ba
                                            << "true"_ba
                                            << "true"_ba;
    QTest::newRow("vary stays") << "Vary"_ba
                                << "Cookie, Authorization"_ba
                                << "Cookie, Authorization"_ba;
}

void tst_Redactor::headerValues_followTheRulesOfTheirHeader()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    Redactor redactor;
    const HeaderList out = redactor.redactHeaders({ { name, value } });
    QCOMPARE(out.first().name, name);
    QCOMPARE(out.first().value, expected);
}

void tst_Redactor::urls_loseQueryTokensAndPasswords_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");

    QTest::newRow("access_token parameter")
        << u"https://api.test/v1?access_token=AT-777&page=2"_s << u"AT-777"_s << u"page=2"_s;
    QTest::newRow("api key parameter") << u"https://api.test/v1?apiKey=k%2F99z"_s << u"k%2F99z"_s << u"apiKey="_s;
    QTest::newRow("signature parameter")
        << u"https://b.s3.test/o?X-Amz-Signature=deadbeef42&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F2024"_s
        << u"deadbeef42"_s << u"X-Amz-Signature="_s;
    QTest::newRow("aws key in credential") << u"https://b.s3.test/o?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F2024"_s
                                           << u"AKIAIOSFODNN7EXAMPLE"_s << u"X-Amz-Credential="_s;
    QTest::newRow("password in userinfo") << u"https://alice:pa55word@api.test/"_s << u"pa55word"_s << u"alice"_s;
    QTest::newRow("token in fragment") << u"https://app.test/cb#access_token=frag-tok-1&state=s"_s << u"frag-tok-1"_s
                                       << u"state=s"_s;
    QTest::newRow("JWT in the path") << u"https://app.test/reset/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"_s
                                     << u"eyJzdWIiOiIxMjMifQ"_s << u"/reset/"_s;
}

void tst_Redactor::urls_loseQueryTokensAndPasswords()
{
    QFETCH(QString, url);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    Redactor redactor;
    const QString out = redactor.redactUrl(QUrl(url)).toString(QUrl::FullyEncoded);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
    QVERIFY2(redactor.summary().total() >= 1, qPrintable(out));
}

void tst_Redactor::bodies_areReadByContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("kept");
    QTest::addColumn<QString>("kind");

    QTest::newRow("JSON nested field") << "application/json"_ba
                                       << R"({"user":{"name":"bob","password":"p@ss w0rd!"},"n":1})"_ba
                                       << "p@ss w0rd!"_ba
                                       << "\"name\":\"bob\""_ba << u"json-field"_s;
    QTest::newRow("JSON array of tokens") << "application/json"_ba
                                          << R"({"tokens":["tok-a-111","tok-b-222"]})"_ba
                                          << "tok-b-222"_ba
                                          << "\"tokens\""_ba << u"json-field"_s;
    QTest::newRow("JSON JWT in free string")
        << "application/vnd.api+json"_ba
        << R"({"note":"use eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"})"_ba
        << "eyJzdWIiOiIxMjMifQ"_ba
        << "\"note\""_ba << u"jwt"_s;
    QTest::newRow("JSON without type") << QByteArray() << R"({"client_secret":"cs-4242"})"_ba
                                       << "cs-4242"_ba
                                       << "client_secret"_ba << u"json-field"_s;
    QTest::newRow("truncated JSON as text") << "application/json"_ba
                                            << R"({"refresh_token":"rt-5555","data":[1,2)"_ba
                                            << "rt-5555"_ba
                                            << "refresh_token"_ba << u"named-value"_s;
    QTest::newRow("form field") << "application/x-www-form-urlencoded"_ba
                                << "grant_type=password&username=bob&password=hunter%2042"_ba
                                << "hunter%2042"_ba
                                << "username=bob"_ba << u"form-field"_s;
    QTest::newRow("multipart field")
        << "multipart/form-data; boundary=XyZ"_ba
        << "--XyZ\r\nContent-Disposition: form-data; name=\"user\"\r\n\r\nbob\r\n--XyZ\r\nContent-Disposition: form-data; name=\"api_secret\"\r\n\r\nmp-secret-value 99\r\n--XyZ--\r\n"_ba
        << "mp-secret-value 99"_ba
        << "name=\"user\"\r\n\r\nbob\r\n"_ba << u"multipart-field"_s;
    QTest::newRow("HTML with bearer") << "text/html"_ba
                                      << "<pre>Authorization: Bearer html-bearer-123</pre>"_ba
                                      << "html-bearer-123"_ba
                                      << "<pre>Authorization: Bearer "_ba << u"authorization"_s;
    QTest::newRow("binary keeps its bytes")
        << "application/octet-stream"_ba << QByteArray("\x00\xff\x10token=bin-secret-1\x00\x80", 23)
        << "bin-secret-1"_ba << QByteArray("\x00\xff\x10token=", 9) << u"named-value"_s;
}

void tst_Redactor::bodies_areReadByContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, kept);
    QFETCH(QString, kind);
    Redactor redactor;
    const QByteArray out = redactor.redactBody(body, contentType);
    QVERIFY2(!out.contains(secret), out.constData());
    QVERIFY2(out.contains(kept), out.constData());
    QVERIFY2(redactor.summary().counts.value(kind) >= 1,
             qPrintable(u"no count for "_s + kind + u": "_s + redactor.summary().counts.keys().join(u',')));
}

void tst_Redactor::rawResponse_headersAndBodyAreRedacted()
{
    const QByteArray raw
        = "HTTP/1.1 302 Found\r\nLocation: /cb?token=loc-tok-1\r\nSet-Cookie: sid=raw-sid-2; Path=/\r\n"
          "Content-Type: application/json\r\nServer: nginx\r\n\r\n{\"session\":\"raw-sess-3\"}"_ba;
    Redactor redactor;
    const QByteArray out = redactor.redactRawMessage(raw);
    for (const char *secret : { "loc-tok-1", "raw-sid-2", "raw-sess-3" })
        QVERIFY2(!out.contains(secret), out.constData());
    QVERIFY(out.startsWith(
        "HTTP/1.1 302 Found\r\nLocation: /cb?token=[redacted]\r\nSet-Cookie: sid=[redacted]; Path=/\r\n"));
    QVERIFY(out.contains("Server: nginx\r\n\r\n"));
}

void tst_Redactor::rawResponse_compressedBodyIsHiddenWhole()
{
    const QByteArray raw = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n\x1f\x8b\x08\x00secretbytes"_ba;
    Redactor redactor;
    const QByteArray out = redactor.redactRawMessage(raw);
    QVERIFY2(!out.contains("secretbytes"), out.constData());
    QCOMPARE(redactor.summary().counts.value(u"compressed-body"_s), 1);
}

void tst_Redactor::exchange_everyPartIsRedacted()
{
    Exchange exchange;
    exchange.request.url = QUrl(u"https://u:url-pass-1@api.test/v1?api_key=q-key-2"_s);
    exchange.request.headers = { { "Authorization", "Bearer hdr-tok-3" }, { "Content-Type", "application/json" } };
    exchange.request.body = R"({"password":"body-pass-4"})";
    ResponseData response;
    response.status = 502;
    response.headers = { { "Set-Cookie", "s=resp-cookie-5" }, { "Content-Type", "text/plain" } };
    response.body = "debug: secret=resp-body-6";
    exchange.response = response;
    exchange.rawResponse = "HTTP/1.1 502 Bad Gateway\r\nSet-Cookie: s=resp-cookie-5\r\n\r\ndebug: secret=resp-body-6";
    exchange.comment = u"copied with token=comment-7"_s;

    Redactor redactor;
    const Exchange out = redactor.redact(exchange);
    const QByteArray dump = out.request.url.toEncoded() + out.request.headers.first().value + out.request.body
        + out.response->headers.first().value + out.response->body + out.rawResponse + out.comment.toUtf8();
    for (int i = 1; i <= 7; ++i) {
        const QList<QByteArray> secrets { "url-pass-1",    "q-key-2",     "hdr-tok-3", "body-pass-4",
                                          "resp-cookie-5", "resp-body-6", "comment-7" };
        QVERIFY2(!dump.contains(secrets.at(i - 1)), dump.constData());
    }
    QCOMPARE(out.response->status, 502);
    QCOMPARE(out.request.headers.at(1).value, "application/json"_ba);
    QVERIFY2(redactor.summary().total() >= 7, qPrintable(redactor.summary().describe()));
}

void tst_Redactor::diagnosis_evidenceFromSecretHeadersIsHidden()
{
    Diagnosis diagnosis;
    diagnosis.summary = u"nginx answered 502."_s;
    diagnosis.evidence = { { u"request.auth"_s, u"header:X-Api-Key"_s, u"ev-key-1"_s },
                           { u"product.nginx"_s, u"header:Server"_s, u"nginx/1.22.1"_s },
                           { u"body.line"_s, u"body"_s, u"password=ev-pass-2"_s } };
    diagnosis.path = { { u"status.502"_s, { u"Authorization: Bearer path-tok-3"_s } } };
    Redactor redactor;
    const Diagnosis out = redactor.redact(diagnosis);
    QCOMPARE(out.evidence.at(0).value, u"[redacted]"_s);
    QCOMPARE(out.evidence.at(1).value, u"nginx/1.22.1"_s);
    QCOMPARE(out.evidence.at(2).value, u"password=[redacted]"_s);
    QCOMPARE(out.path.first().decidedBy.first(), u"Authorization: Bearer [redacted]"_s);
    QCOMPARE(out.summary, diagnosis.summary);
}

void tst_Redactor::hashOption_equalValuesGetEqualPlaceholders()
{
    RedactionOptions options;
    options.hashValues = true;
    Redactor redactor(options);
    const QString out = redactor.redactText(u"token=same-value-1 secret=same-value-1 key=other-value-2"_s);
    static const QRegularExpression placeholder(u"\\[redacted:([0-9a-f]{6})\\]"_s);
    QStringList hashes;
    for (auto it = placeholder.globalMatch(out); it.hasNext();)
        hashes.append(it.next().captured(1));
    QCOMPARE(hashes.size(), 3);
    QCOMPARE(hashes.at(0), hashes.at(1));
    QVERIFY2(hashes.at(0) != hashes.at(2), qPrintable(out));
    QVERIFY(!out.contains(u"same-value-1"_s));

    // A fixed key lets two outputs be compared; a random one does not repeat across redactors.
    options.hashKey = "shared";
    Redactor first(options), second(options);
    QCOMPARE(first.redactText(u"token=abc"_s), second.redactText(u"token=abc"_s));
}

void tst_Redactor::customPattern_isCountedUnderItsName()
{
    RedactionOptions options;
    options.customPatterns = { { u"employee id"_s, QRegularExpression(u"EMP-(?<value>\\d{6})"_s) },
                               { u"ticket"_s, QRegularExpression(u"TCK\\d+"_s) } };
    Redactor redactor(options);
    QCOMPARE(redactor.redactText(u"by EMP-123456 for TCK99"_s), u"by EMP-[redacted] for [redacted]"_s);
    QCOMPARE(redactor.summary().counts.value(u"custom:employee id"_s), 1);
    QCOMPARE(redactor.summary().counts.value(u"custom:ticket"_s), 1);
    QVERIFY(redactor.summary().describe().contains(u"employee id"_s));
}

void tst_Redactor::disabled_returnsEverythingUnchanged()
{
    RedactionOptions options;
    options.enabled = false;
    Redactor redactor(options);
    Exchange exchange;
    exchange.request.headers = { { "Authorization", "Bearer keep-me-123" } };
    exchange.request.url = QUrl(u"https://u:p@x.test/?token=t"_s);
    QCOMPARE(redactor.redact(exchange), exchange);
    QCOMPARE(redactor.redactText(u"token=abc"_s), u"token=abc"_s);
    QVERIFY(redactor.summary().isEmpty());
}

void tst_Redactor::redactingTwice_hidesNothingMore()
{
    Redactor first;
    const QString once = first.redactText(
        u"Authorization: Bearer abcdefgh\nCookie: a=1; b=2\nhttps://u:pw123@h.test/?token=x1&key=y2 AKIAIOSFODNN7EXAMPLE"_s);
    Redactor second;
    QCOMPARE(second.redactText(once), once);
    QCOMPARE(second.summary().total(), 0);
}

void tst_Redactor::urls_placeholdersArePercentEncoded_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("hashed");
    QTest::addColumn<QString>("expected");

    QTest::newRow("query token") << u"https://api.test/v1?access_token=AT-777&page=2"_s << false
                                 << u"https://api.test/v1?access_token=%5Bredacted%5D&page=2"_s;
    QTest::newRow("query token, hashed") << u"https://api.test/v1?access_token=AT-777&page=2"_s << true << QString();
    QTest::newRow("bearer in a plain param") << u"https://api.test/v1?h=Bearer%20abcdef123456"_s << false
                                             << u"https://api.test/v1?h=Bearer%20%5Bredacted%5D"_s;
    QTest::newRow("password in user info")
        << u"https://alice:pa55word@api.test/"_s << false << u"https://alice:%5Bredacted%5D@api.test/"_s;
    QTest::newRow("token in fragment") << u"https://app.test/cb#access_token=frag-tok-1&state=s"_s << false
                                       << u"https://app.test/cb#access_token=%5Bredacted%5D&state=s"_s;
    QTest::newRow("JWT in a plain fragment")
        << u"https://app.test/cb#eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"_s << false
        << u"https://app.test/cb#%5Bredacted%5D"_s;
    QTest::newRow("JWT in the path")
        << u"https://app.test/reset/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl/x%2Fy"_s << false
        << u"https://app.test/reset/%5Bredacted%5D/x%2Fy"_s;
}

void tst_Redactor::urls_placeholdersArePercentEncoded()
{
    QFETCH(QString, url);
    QFETCH(bool, hashed);
    QFETCH(QString, expected);
    RedactionOptions options;
    options.hashValues = hashed;
    Redactor redactor(options);
    const QUrl redacted = redactor.redactUrl(QUrl(url));
    const QString out = redacted.toString(QUrl::FullyEncoded);
    // RFC 3986 allows brackets only around an IPv6 host: a URI validator rejects them anywhere else.
    QVERIFY2(!out.contains(u'[') && !out.contains(u']'), qPrintable(out));
    QVERIFY2(redacted.isValid(), qPrintable(redacted.errorString()));
    if (hashed) {
        static const QRegularExpression hashedPlaceholder(u"access_token=%5Bredacted:[0-9a-f]{6}%5D&page=2$"_s);
        QVERIFY2(hashedPlaceholder.match(out).hasMatch(), qPrintable(out));
    } else {
        QCOMPARE(out, expected);
    }
    QCOMPARE(redactor.summary().total(), 1);
    // Redacting the result again finds nothing more.
    Redactor again(options);
    QCOMPARE(again.redactUrl(redacted).toString(QUrl::FullyEncoded), out);
    QCOMPARE(again.summary().total(), 0);
}

void tst_Redactor::jsonBodies_withNothingToHideStayByteIdentical_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("keys out of order") << "application/json"_ba
                                       << R"({"z":1,"a":2,"m":{"y":true,"b":null}})"_ba;
    QTest::newRow("2.0 stays 2.0") << "application/json"_ba
                                   << R"({"price": 2.0, "ratio": 1e3, "neg": -0.50})"_ba;
    QTest::newRow("number beyond a double") << "application/json"_ba
                                            << R"({"id":12345678901234567890})"_ba;
    QTest::newRow("escapes and unicode")
        << "application/json"_ba
        << "{\"path\":\"a\\/b\",\"name\":\"\\u00e9t\\u00E9 caf\xc3\xa9\",\"q\":\"say \\\"hi\\\"\"}"_ba;
    QTest::newRow("duplicate keys") << "application/json"_ba
                                    << R"({"a":1,"a":2})"_ba;
    QTest::newRow("indented with CRLF") << "application/json"_ba
                                        << "{\r\n    \"a\" : [ 1 ,\t2 ],\r\n    \"b\": {}\r\n}\r\n"_ba;
    QTest::newRow("top-level array") << "application/json"_ba
                                     << R"([{"k":"v"}, [], "x", 3.14159265358979323846])"_ba;
    QTest::newRow("JSON sniffed in text/plain") << "text/plain"_ba
                                                << R"({"b":1.10,"a":"2"})"_ba;
}

void tst_Redactor::jsonBodies_withNothingToHideStayByteIdentical()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    Redactor redactor;
    QCOMPARE(redactor.redactBody(body, contentType), body);
    QCOMPARE(redactor.summary().total(), 0);
}

void tst_Redactor::jsonBodies_onlyTheSecretValuesChange_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("count");

    QTest::newRow("one field among others, order kept")
        << R"({"z":2.0,"password":"p@ss w0rd!","a":12345678901234567890})"_ba
        << R"({"z":2.0,"password":"[redacted]","a":12345678901234567890})"_ba << 1;
    QTest::newRow("number under a secret name") << R"({"pin":1.50,"api_key": 12345678 ,"n":1.0})"_ba
                                                << R"({"pin":1.50,"api_key": "[redacted]" ,"n":1.0})"_ba << 1;
    QTest::newRow("array and object under a secret name")
        << "{\n  \"tokens\": [\"t-1\", \"t-2\"],\n  \"session\": {\"id\": \"s-1\", \"n\": 3},\n  \"x\": 2.0\n}\n"_ba
        << "{\n  \"tokens\": [\"[redacted]\", \"[redacted]\"],\n  \"session\": {\"id\": \"[redacted]\", \"n\": \"[redacted]\"},\n  \"x\": 2.0\n}\n"_ba
        << 4;
    QTest::newRow("JWT inside a free string")
        << R"({"note":"use eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl now","v":2.0})"_ba
        << R"({"note":"use [redacted] now","v":2.0})"_ba << 1;
    QTest::newRow("escaped secret value") << R"({"secret":"a\"b\u00e9","keep":"x\/y"})"_ba
                                          << R"({"secret":"[redacted]","keep":"x\/y"})"_ba << 1;
    QTest::newRow("null under a secret name stays") << R"({"token":null,"refresh_token":"rt-1"})"_ba
                                                    << R"({"token":null,"refresh_token":"[redacted]"})"_ba << 1;
}

void tst_Redactor::jsonBodies_onlyTheSecretValuesChange()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, expected);
    QFETCH(int, count);
    Redactor redactor;
    QCOMPARE(redactor.redactBody(body, "application/json"), expected);
    QCOMPARE(redactor.summary().total(), count);
}

void tst_Redactor::contentLength_followsTheRedactedBody_data()
{
    QTest::addColumn<QByteArray>("contentLength");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("shouldFollow");

    QTest::newRow("matching length follows") << "29"_ba
                                             << R"({"password":"hunter2-secret"})"_ba << true;
    QTest::newRow("mismatched length is kept") << "999"_ba
                                               << R"({"password":"hunter2-secret"})"_ba << false;
    QTest::newRow("nothing hidden, nothing changed") << "15"_ba
                                                     << R"({"n":2.0,"a":1})"_ba << false;
}

void tst_Redactor::contentLength_followsTheRedactedBody()
{
    QFETCH(QByteArray, contentLength);
    QFETCH(QByteArray, body);
    QFETCH(bool, shouldFollow);
    RequestSpec request;
    request.method = "POST";
    request.url = QUrl(u"https://api.test/login"_s);
    request.headers = { { "Content-Type", "application/json" }, { "Content-Length", contentLength } };
    request.body = body;
    Redactor redactor;
    const RequestSpec out = redactor.redactRequest(request);
    const QByteArray length = headerValue(out.headers, "content-length");
    if (shouldFollow) {
        QVERIFY2(out.body != body, out.body.constData());
        QCOMPARE(length, QByteArray::number(out.body.size()));
    } else {
        QCOMPARE(length, contentLength);
    }

    // A response's Content-Length and sizes follow as the request's do.
    Exchange exchange;
    exchange.request = request;
    ResponseData response;
    response.status = 200;
    response.headers = request.headers;
    response.body = body;
    response.bodySize = body.size();
    response.bodyWireSize = body.size();
    exchange.response = response;
    const Exchange redacted = redactor.redact(exchange);
    // bodySize and bodyWireSize described the whole body: they describe the redacted one.
    const qint64 redactedSize = redacted.response->body.size();
    QCOMPARE(redacted.response->bodySize, redactedSize);
    QCOMPARE(redacted.response->bodyWireSize, redactedSize);
    QCOMPARE(headerValue(redacted.response->headers, "content-length"),
             shouldFollow ? QByteArray::number(redactedSize) : contentLength);
}

void tst_Redactor::rawResponseCopy_countsEachSecretOnce_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("count");

    QTest::newRow("Set-Cookie in headers and raw copy")
        << "HTTP/1.1 502 Bad Gateway\r\nSet-Cookie: sid=raw-sid-2; Path=/\r\nServer: nginx\r\n\r\nbad"_ba
        << u"set-cookie"_s << 1;
    QTest::newRow("two Set-Cookie headers")
        << "HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\n"_ba << u"set-cookie"_s << 2;
    QTest::newRow("token in the body")
        << "HTTP/1.1 500 X\r\nContent-Type: text/plain\r\n\r\ndebug: secret=resp-body-6"_ba << u"named-value"_s << 1;
}

void tst_Redactor::rawResponseCopy_countsEachSecretOnce()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, kind);
    QFETCH(int, count);
    // As the raw-response importer records it: the parsed response and the raw bytes.
    Exchange exchange;
    ResponseData response;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    response.status = lines.first().split(' ').at(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        response.headers.append({ line.left(line.indexOf(':')), line.mid(line.indexOf(':') + 1).trimmed() });
    }
    response.body = raw.mid(headEnd + 4);
    exchange.response = response;
    exchange.rawResponse = raw;
    Redactor redactor;
    const Exchange out = redactor.redact(exchange);
    QCOMPARE(redactor.summary().counts.value(kind), count);
    QCOMPARE(redactor.summary().total(), count);
    QVERIFY(out.rawResponse.contains("[redacted]"));
}

void tst_Redactor::hashWithoutKey_differsBetweenRedactors()
{
    // No key given: each Redactor draws its own random one, so a hash from one output cannot be
    // matched against another, nor against a guessed password hashed by anyone else.
    RedactionOptions options;
    options.hashValues = true;
    Redactor first(options), second(options);
    QVERIFY(!first.options().hashKey.isEmpty());
    QVERIFY(first.options().hashKey != second.options().hashKey);
    const QString a = first.redactText(u"password=hunter2"_s);
    const QString b = second.redactText(u"password=hunter2"_s);
    QVERIFY2(a.startsWith(u"password=[redacted:"_s), qPrintable(a));
    QVERIFY2(a != b, qPrintable(a + u" == "_s + b));
    QCOMPARE(first.redactText(u"password=hunter2"_s), a);
}

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
