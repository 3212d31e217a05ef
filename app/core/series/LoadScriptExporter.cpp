#include "series/LoadScriptExporter.h"

#include "redaction/Redactor.h"
#include "series/RampRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatescope {

namespace {

// A string literal that both Python and JavaScript read back exactly: JSON's quoting (the
// script's text is UTF-8; bytes that are not UTF-8 are taken as Latin-1).
QByteArray literal(const QByteArray &bytes)
{
    const QString text
        = QString::fromUtf8(bytes).toUtf8() == bytes ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes);
    QByteArray quoted = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return quoted.mid(1, quoted.size() - 2); // strip [ ]
}

QByteArray literal(const QString &text)
{
    return literal(text.toUtf8());
}

QString variableName(QByteArrayView headerName)
{
    QString name = QString::fromLatin1(headerName).toUpper();
    name.replace(QRegularExpression(u"[^A-Z0-9]"_s), u"_"_s);
    return u"GATESCOPE_"_s + name;
}

bool isHopHeader(QByteArrayView name)
{
    // Locust (requests) and k6 compute these themselves.
    for (const char *hop : { "host", "content-length", "connection", "transfer-encoding" }) {
        if (name.compare(hop, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QList<int> LoadRamp::levels() const
{
    QList<int> out;
    const int direction = to >= from ? 1 : -1;
    for (int users = from; direction > 0 ? users < to : users > to; users += direction * step)
        out.append(users);
    out.append(to);
    return out;
}

Result<LoadRamp> LoadRamp::parse(const QString &text)
{
    const QStringList parts = text.split(u':');
    if (parts.size() != 4)
        return Error { LoadScriptExporter::tr("--ramp: '%1' is not FROM:TO:STEP:HOLD (such as 1:20:5:30)").arg(text) };
    int values[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts.at(i).trimmed().toInt(&ok);
        if (!ok || values[i] < (i == 0 ? 0 : 1))
            return Error {
                LoadScriptExporter::tr("--ramp: '%1' in '%2' is not a positive whole number").arg(parts.at(i), text)
            };
    }
    LoadRamp ramp { values[0], values[1], values[2], values[3] };
    if (ramp.levels().size() > 1000)
        return Error { LoadScriptExporter::tr("--ramp: '%1' makes more than 1000 steps").arg(text) };
    return ramp;
}

LoadScriptExporter::LoadScriptExporter(const QList<RequestSpec> &requests, std::optional<LoadRamp> ramp,
                                       const QString &sourceName)
    : m_ramp(ramp)
    , m_source(sourceName)
{
    prepare(requests);
}

void LoadScriptExporter::prepare(const QList<RequestSpec> &requests)
{
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const RequestSpec &request = requests.at(i);
        const QString number = QString::number(i + 1);
        Redactor redactor;
        Prepared prepared;
        prepared.method = request.method.isEmpty() ? QByteArray("GET") : request.method.toUpper();
        const QUrl redactedUrl = redactor.redactUrl(request.url);
        prepared.url = redactedUrl.toString(QUrl::FullyEncoded);
        if (redactedUrl != request.url || !request.url.userInfo().isEmpty()) {
            prepared.urlVariable = u"GATESCOPE_URL_"_s + number;
            m_variables.append(
                tr("%1 — the URL of request %2 (it holds a credential)").arg(prepared.urlVariable, number));
        }
        QByteArray contentType;
        for (const HeaderField &field : request.headers) {
            if (!field.enabled || isHopHeader(field.name))
                continue;
            if (field.name.compare("content-type", Qt::CaseInsensitive) == 0)
                contentType = field.value;
            const HeaderList redacted = redactor.redactHeaders({ field });
            Header header { field.name, field.value, {} };
            if (redacted.value(0).value != field.value || Redactor::isSensitiveName(QString::fromLatin1(field.name))) {
                header.value.clear();
                header.variable = variableName(field.name);
                const QString entry = tr("%1 — the %2 header").arg(header.variable, QString::fromLatin1(field.name));
                if (!m_variables.contains(entry))
                    m_variables.append(entry);
            }
            prepared.headers.append(header);
        }
        prepared.body = redactor.redactBody(request.body, contentType);
        if (prepared.body != request.body) {
            prepared.bodyVariable = u"GATESCOPE_BODY_"_s + number;
            m_variables.append(
                tr("%1 — the body of request %2 (it holds a credential)").arg(prepared.bodyVariable, number));
        }
        m_requests.append(prepared);
    }
}

int LoadScriptExporter::requestBudget() const
{
    if (!m_ramp)
        return 0;
    return RampOptions::of(*m_ramp, m_requestBudget).totalRequests();
}

QStringList LoadScriptExporter::secretVariables() const
{
    return m_variables;
}

QByteArray LoadScriptExporter::script(Engine engine) const
{
    return engine == Engine::Locust ? locust() : k6();
}

QByteArray LoadScriptExporter::locust() const
{
    QByteArray out;
    out += "# Locust load test written by Gatescope from " + m_source.toUtf8() + ".\n";
    out += "# Run: locust -f THIS_FILE --headless";
    out += m_ramp ? QByteArray(" (the ramp below sets the users)") : QByteArray(" -u USERS -r SPAWN_RATE -t DURATION");
    out += "\n# Distributed: locust -f THIS_FILE --master, then locust -f THIS_FILE --worker on each machine.\n";
    if (!m_variables.isEmpty()) {
        out += "# Credentials are read from environment variables, never written here:\n";
        for (const QString &variable : m_variables)
            out += "#   " + variable.toUtf8() + "\n";
    }
    out += m_pacingSeconds > 0 ? "import os\n\nfrom locust import HttpUser, constant_pacing, task"
                               : "import os\n\nfrom locust import HttpUser, constant, task";
    out += m_ramp ? ", LoadTestShape, events\n" : "\n\n\n";
    const QByteArray seconds = m_ramp ? QByteArray::number(qint64(m_ramp->levels().size()) * m_ramp->holdSeconds) : "";
    if (m_ramp) {
        out += "from locust.exception import StopUser\n"
               "from locust.runners import MasterRunner, WorkerRunner\n"
               "import gevent\n\n";
        out += "# The request budget: at most " + QByteArray::number(requestBudget()) + " requests in all, and at most "
            + seconds
            + " s (the steps of the ramp below).\n"
              "# Standalone, this process stops its users at it. Distributed, the master holds it and a worker\n"
              "# asks the master for a part of it whenever it has spent what it was given (a tenth of the budget\n"
              "# per worker or less), so master and workers together never pass it. The ramp ends the run once\n"
              "# the requests counted reach it.\n"
              "REQUEST_BUDGET = "
            + QByteArray::number(requestBudget())
            + "\n"
              "budget_left = REQUEST_BUDGET  # the master's, or what this process may still send\n"
              "budget_asked = False\n"
              "budget_spent = False\n"
              "budget_runner = None  # a worker's runner\n\n\n"
              "def grant_budget(environment, msg, **kwargs):\n"
              "    global budget_left\n"
              "    part = max(1, REQUEST_BUDGET // (10 * max(1, environment.runner.worker_count)))\n"
              "    grant = min(budget_left, part)\n"
              "    budget_left -= grant\n"
              "    environment.runner.send_message(\"gatescope_budget\", grant, client_id=msg.node_id)\n\n\n"
              "def take_budget(environment, msg, **kwargs):\n"
              "    global budget_left, budget_asked, budget_spent\n"
              "    budget_left += msg.data\n"
              "    budget_spent = msg.data == 0\n"
              "    budget_asked = False\n\n\n"
              "@events.init.add_listener\n"
              "def lease_the_budget(environment, **kwargs):\n"
              "    global budget_left, budget_runner\n"
              "    if isinstance(environment.runner, MasterRunner):\n"
              "        environment.runner.register_message(\"gatescope_budget_wanted\", grant_budget)\n"
              "    elif isinstance(environment.runner, WorkerRunner):\n"
              "        budget_left = 0\n"
              "        budget_runner = environment.runner\n"
              "        environment.runner.register_message(\"gatescope_budget\", take_budget)\n\n\n"
              "def within_budget():\n"
              "    global budget_left, budget_asked\n"
              "    while budget_left <= 0:\n"
              "        if budget_runner is None or budget_spent:\n"
              "            raise StopUser()\n"
              "        if not budget_asked:\n"
              "            budget_asked = True\n"
              "            budget_runner.send_message(\"gatescope_budget_wanted\")\n"
              "        gevent.sleep(0.02)\n"
              "    budget_left -= 1\n\n\n";
    }
    out += "def secret(name):\n"
           "    value = os.environ.get(name)\n"
           "    if value is None:\n"
           "        raise RuntimeError(\"set the environment variable \" + name)\n"
           "    return value\n\n\n";
    const QUrl first = m_requests.isEmpty() ? QUrl() : QUrl(m_requests.constFirst().url);
    out += "class GatescopeUser(HttpUser):\n";
    out += "    host = "
        + literal(first.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString()) + "\n";
    out += m_pacingSeconds > 0 ? "    wait_time = constant_pacing(" + QByteArray::number(m_pacingSeconds) + ")\n\n"
                               : QByteArray("    wait_time = constant(1)\n\n");
    out += "    @task\n    def requests_in_order(self):\n";
    if (m_requests.isEmpty())
        out += "        pass\n";
    for (qsizetype i = 0; i < m_requests.size(); ++i) {
        const Prepared &r = m_requests.at(i);
        QByteArray headers = "{";
        for (qsizetype h = 0; h < r.headers.size(); ++h) {
            const Header &header = r.headers.at(h);
            headers += (h ? ", " : "") + literal(header.name) + ": "
                + (header.variable.isEmpty() ? literal(header.value) : "secret(" + literal(header.variable) + ")");
        }
        headers += "}";
        const QByteArray url = r.urlVariable.isEmpty() ? literal(r.url) : "secret(" + literal(r.urlVariable) + ")";
        const QUrl shown(r.url);
        // Locust's statistics show the method beside the name: the path alone groups the rows.
        const QByteArray name
            = literal(shown.path(QUrl::FullyEncoded).isEmpty() ? u"/"_s : shown.path(QUrl::FullyEncoded));
        if (m_ramp)
            out += "        within_budget()\n";
        out += "        self.client.request(" + literal(r.method) + ", " + url + ", headers=" + headers;
        if (!r.bodyVariable.isEmpty())
            out += ", data=secret(" + literal(r.bodyVariable) + ").encode()";
        else if (!r.body.isEmpty())
            out += ", data=" + literal(r.body) + ".encode()";
        out += ", name=" + name + ")\n";
    }
    if (m_ramp) {
        QByteArray levels;
        for (int users : m_ramp->levels())
            levels += (levels.isEmpty() ? "" : ", ") + QByteArray::number(users);
        out += "\n\nclass GatescopeRamp(LoadTestShape):\n";
        out += "    # " + QByteArray::number(m_ramp->from) + " to " + QByteArray::number(m_ramp->to)
            + " users in steps of " + QByteArray::number(m_ramp->step) + ", each held "
            + QByteArray::number(m_ramp->holdSeconds) + " s.\n";
        out += "    levels = [" + levels + "]\n";
        out += "    hold_seconds = " + QByteArray::number(m_ramp->holdSeconds) + "\n\n";
        out += "    def tick(self):\n"
               "        if self.runner.stats.total.num_requests >= REQUEST_BUDGET:\n"
               "            return None\n"
               "        step = int(self.get_run_time() // self.hold_seconds)\n"
               "        if step >= len(self.levels):\n"
               "            return None\n"
               "        users = self.levels[step]\n"
               "        return (users, users)\n";
    }
    return out;
}

QByteArray LoadScriptExporter::k6() const
{
    QByteArray out;
    out += "// k6 load test written by Gatescope from " + m_source.toUtf8() + ".\n";
    out += "// Run: k6 run THIS_FILE";
    for (const QString &variable : m_variables)
        out += " -e " + variable.section(u' ', 0, 0).toUtf8() + "=…";
    out += "\n";
    if (!m_variables.isEmpty()) {
        out += "// Credentials are read from environment variables (-e NAME=value or the environment), never written "
               "here:\n";
        for (const QString &variable : m_variables)
            out += "//   " + variable.toUtf8() + "\n";
    }
    out += "import http from 'k6/http';\n";
    if (m_ramp)
        out += "import exec from 'k6/execution';\n";
    if (m_pacingSeconds > 0)
        out += "import { sleep } from 'k6';\n";
    out += "import { Rate } from 'k6/metrics';\n\n";
    const int perRound = std::max<int>(1, int(m_requests.size()));
    if (m_ramp) {
        const QByteArray budget = QByteArray::number(requestBudget());
        out += "// The request budget: at most " + budget + " requests in all ("
            + QByteArray::number(requestBudget() / perRound) + " rounds of " + QByteArray::number(perRound)
            + "), and at most the stages' time. One k6 instance aborts the test\n"
              "// when the rounds are spent; the http_reqs threshold aborts a distributed run past the budget.\n"
              "const REQUEST_BUDGET = "
            + budget + ";\nconst ROUND_BUDGET = " + QByteArray::number(requestBudget() / perRound) + ";\n\n";
    }
    out += "// The share of answers with a 5xx status; the threshold fails the run above 1 %.\n";
    out += "const serverErrors = new Rate('server_errors');\n\n";
    out += "function secret(name) {\n"
           "  const value = __ENV[name];\n"
           "  if (value === undefined) {\n"
           "    throw new Error('set the environment variable ' + name);\n"
           "  }\n"
           "  return value;\n"
           "}\n\n";
    QByteArray stages;
    int start = 1;
    if (m_ramp) {
        start = m_ramp->from;
        for (int users : m_ramp->levels()) {
            stages += "        { duration: '1s', target: " + QByteArray::number(users) + " },\n";
            stages += "        { duration: '" + QByteArray::number(m_ramp->holdSeconds)
                + "s', target: " + QByteArray::number(users) + " },\n";
        }
    } else {
        stages = "        { duration: '1m', target: 1 },\n";
    }
    out += "export const options = {\n"
           "  scenarios: {\n"
           "    gatescope: {\n"
           "      executor: 'ramping-vus',\n"
           "      startVUs: "
        + QByteArray::number(start)
        + ",\n"
          "      stages: [\n"
        + stages
        + "      ],\n"
          "      gracefulRampDown: '10s',\n"
          "    },\n"
          "  },\n"
          "  thresholds: {\n"
          "    server_errors: ['rate<0.01'],\n"
        + (m_ramp ? "    http_reqs: [{ threshold: 'count<=" + QByteArray::number(requestBudget())
                   + "', abortOnFail: true }],\n"
                  : QByteArray())
        + "    // Always met: they keep each 5xx (and no answer, status 0) counted in the end-of-test\n"
          "    // summary, so that `gatescope diagnose` reads them back from --summary-export=FILE.\n"
          "    'http_reqs{status:0}': ['count>=0'],\n"
          "    'http_reqs{status:500}': ['count>=0'],\n"
          "    'http_reqs{status:502}': ['count>=0'],\n"
          "    'http_reqs{status:503}': ['count>=0'],\n"
          "    'http_reqs{status:504}': ['count>=0'],\n"
          "  },\n"
          "};\n\n";
    out += "export default function () {\n";
    if (m_ramp)
        out += "  if (exec.scenario.iterationInTest >= ROUND_BUDGET) {\n"
               "    exec.test.abort('the request budget of ' + REQUEST_BUDGET + ' requests is spent');\n"
               "  }\n";
    if (m_pacingSeconds > 0)
        out += "  const started = Date.now();\n";
    for (const Prepared &r : m_requests) {
        QByteArray headers = "{";
        for (qsizetype h = 0; h < r.headers.size(); ++h) {
            const Header &header = r.headers.at(h);
            headers += (h ? ", " : " ") + literal(header.name) + ": "
                + (header.variable.isEmpty() ? literal(header.value) : "secret(" + literal(header.variable) + ")");
        }
        headers += r.headers.isEmpty() ? "}" : " }";
        const QByteArray url = r.urlVariable.isEmpty() ? literal(r.url) : "secret(" + literal(r.urlVariable) + ")";
        const QByteArray body = !r.bodyVariable.isEmpty() ? "secret(" + literal(r.bodyVariable) + ")"
            : r.body.isEmpty()                            ? QByteArray("null")
                                                          : literal(r.body);
        out += "  {\n    const response = http.request(" + literal(r.method) + ", " + url + ", " + body
            + ", { headers: " + headers + " });\n";
        out += "    serverErrors.add(response.status >= 500);\n  }\n";
    }
    if (m_pacingSeconds > 0) // one round every m_pacingSeconds, as the watch sent them
        out += "  sleep(Math.max(0, " + QByteArray::number(m_pacingSeconds) + " - (Date.now() - started) / 1000));\n";
    out += "}\n";
    return out;
}

} // namespace Gatescope
