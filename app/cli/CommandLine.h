#pragma once

#include "cli/CommandSpec.h"
#include "cli/ReportOutput.h"
#include "model/Result.h"
#include "model/TimeoutCorrection.h"

#include <QHash>
#include <QStringList>

namespace Gatescope::Cli {

// The options a command was given, by long name (OptionSpec::longName()), each value as typed.
class OptionValues
{
public:
    bool isSet(const QString &longName) const { return m_values.contains(longName); }
    QString value(const QString &longName) const; // the last value given, or the option's default
    QStringList values(const QString &longName) const;
    void append(const QString &longName, const QString &value) { m_values[longName].append(value); }
    void setDefault(const QString &longName, const QString &value) { m_defaults.insert(longName, value); }

private:
    QHash<QString, QStringList> m_values;
    QHash<QString, QString> m_defaults;
};

enum class ColorScheme { System, Light, Dark };
enum class CaptureFormat { Har, Curl, Http, Locust, K6 }; // what `convert --to` writes

// What one command line asks for, read and checked before any application object exists.
struct Invocation
{
    CommandId command = CommandId::Window;
    ApplicationKind application = ApplicationKind::Window;
    bool showHelp = false; // print the help of `helpFor` and exit 0
    bool showVersion = false; // print "gatescope VERSION (Qt VERSION)" and exit 0
    const CommandSpec *helpFor = nullptr; // nullptr: the overview
    QString locale; // --lang; empty: the system's
    QStringList arguments; // the positional arguments
    OptionValues options; // every option as given (probe reads its many options from here)

    // Typed options, filled for the commands that take them.
    ReportOutputOptions report; // diagnose, replay
    int entry = -1; // diagnose, replay: --entry N, -1 when not given
    RedactionOptions redaction; // convert (diagnose and replay: report.redaction)
    TimeoutCorrections timeoutCorrections; // diagnose, replay, compare: every --timeout HOP:KIND=SECONDS
    CaptureFormat convertTo = CaptureFormat::Har; // convert
    ReportFormat probeFormat = ReportFormat::Text; // probe: Text or Json
    ColorScheme colorScheme = ColorScheme::System; // the window
};

// Reads argv (arguments[0] is the program) against commandSpecs(). No application object is
// needed: main() calls it first and creates the application the invocation asks for. A usage
// problem is an Error whose message starts "gatescope COMMAND: " (exit code 2); messages are
// translated when translators are installed. `gatescope FILE…` (an existing FILE) is the window;
// any other word that is no command is an unknown command naming the closest one.
Result<Invocation> parse(const QStringList &arguments);

// Runs a parsed command (not the window) in the application main() created. Exit codes:
// 0 success (a result was produced, whatever the server answered), 1 the input could not be read
// or parsed, 2 usage error.
int run(const Invocation &invocation);

// The --help text of one command (or of the window: the overview with every command), built from
// its CommandSpec; the usage line reads "Usage: gatescope COMMAND [options] ARGUMENTS".
QString helpText(const CommandSpec &command);
QString versionText(); // "gatescope 0.1.0 (Qt 6.4.2)", the Qt the binary runs with

} // namespace Gatescope::Cli
