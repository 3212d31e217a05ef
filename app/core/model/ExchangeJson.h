#pragma once

#include "model/Exchange.h"
#include "model/IndentedJsonWriter.h"
#include "model/Result.h"

#include <QJsonObject>

namespace Gatescope {

// The JSON form of an Exchange — the "exchanges" items of the diagnosis document
// (docs/diagnosis-contract.md, schema gatescope.diagnosis/1) without "diagnosis".
// toJson() writes the contract's fields (request, response with a text body snippet, transport,
// anomalies, timings) plus additive detail under "connection" and "tls".
// The workspace form (full fidelity, for saving and reloading) keeps every field and the whole
// captured body (base64) so that fromWorkspaceJson(toWorkspaceJson(x)) == x.
namespace ExchangeJson {

inline constexpr qsizetype BodySnippetBytes = 2048;

QJsonObject toJson(const Exchange &exchange);
// toJson()'s members written straight as text, the same bytes QJsonDocument writes for them,
// without the tree (the report's streamed JSON; a test keeps the two equal).
QList<IndentedJsonWriter::Member> jsonMembers(const Exchange &exchange);
QJsonObject requestToJson(const RequestSpec &request);
QJsonObject timingsToJson(const Timings &timings);

// A text snippet of a body for people: the first `maxBytes` as UTF-8 (invalid sequences
// replaced), empty for binary bodies (NUL bytes or mostly non-text).
QString bodySnippet(const QByteArray &body, qsizetype maxBytes = BodySnippetBytes);
bool looksBinary(const QByteArray &body);

QJsonObject toWorkspaceJson(const Exchange &exchange);
Result<Exchange> fromWorkspaceJson(const QJsonObject &object);
QJsonObject requestToWorkspaceJson(const RequestSpec &request);
Result<RequestSpec> requestFromWorkspaceJson(const QJsonObject &object);

} // namespace ExchangeJson
} // namespace Gatescope
