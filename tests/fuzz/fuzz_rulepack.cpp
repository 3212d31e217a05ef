// Fuzz target: the rule-pack loader. The input is a user pack (JSON) applied on top of the
// built-in tree; when it loads, the resulting tree is walked and used to diagnose a few fixed
// exchanges, so that the condition parser and evaluator see every condition a pack can hold.
// Properties: a rejected pack names its file; an accepted tree has a root and every leaf a cause.
#include "FuzzTarget.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/RuleTree.h"

using namespace Gatescope;
using namespace Qt::StringLiterals;

namespace {

QList<Exchange> sampleExchanges()
{
    QList<Exchange> exchanges;

    Exchange badGateway;
    badGateway.request.url = QUrl(u"http://127.0.0.1:8080/api"_s);
    ResponseData response;
    response.status = 502;
    response.reason = "Bad Gateway";
    response.headers = { { "Server", "nginx/1.22.1" }, { "Content-Type", "text/html" } };
    response.body = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad "
                    "Gateway</h1></center><hr><center>nginx/1.22.1</center></body></html>";
    response.bodySize = response.body.size();
    badGateway.response = response;
    badGateway.timings.wait = 60001;
    exchanges.append(badGateway);

    Exchange refused;
    refused.request.url = QUrl(u"http://127.0.0.1:1/"_s);
    refused.transport = Transport { Outcome::Refused, Phase::Connect, u"connection refused"_s, 0 };
    exchanges.append(refused);

    Exchange timeout;
    timeout.request.method = "POST";
    timeout.request.url = QUrl(u"https://127.0.0.1:8443/"_s);
    timeout.transport = Transport { Outcome::Timeout, Phase::Wait, u"no first byte within 2 s"_s, 0 };
    timeout.anomalies = { WireAnomaly { u"bad-header-line"_s, 38, u"header line without ':'"_s } };
    exchanges.append(timeout);
    return exchanges;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QList<Exchange> exchanges = sampleExchanges();
    const QString fileName = u"fuzz-pack.json"_s;
    const Result<RuleTree> tree
        = RuleTree::builtIn().applyPack(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), fileName);
    if (!tree) {
        Fuzz::require(tree.error().contains(fileName), "a rejected rule pack whose error does not name the file");
        return 0;
    }
    Fuzz::require(tree->root() != nullptr, "an accepted rule pack left the tree without a root");
    for (const RuleNode *node : tree->nodes()) {
        (void)node->displayTitle();
        for (const RuleNode *child : tree->children(*node))
            Fuzz::require(child != nullptr && child->parent == node->id, "a child whose parent is another node");
    }
    for (const RuleNode *leaf : tree->leaves()) {
        Fuzz::require(!leaf->cause.isEmpty(), "an accepted leaf without a cause");
        (void)leaf->displaySummary();
        (void)leaf->displayExplanation();
    }
    const Diagnoser diagnoser(tree.value());
    for (const Exchange &exchange : exchanges) {
        const Diagnosis diagnosis = diagnoser.diagnose(exchange);
        Fuzz::require(!diagnosis.path.isEmpty(), "a diagnosis without a path");
    }
    return 0;
}
