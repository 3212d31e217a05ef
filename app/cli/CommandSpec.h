#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Gatescope::Cli {

// The command line as data: every subcommand with its options and arguments, in one table that
// Cli::parse, every --help text and (later) the gatescope(1) man page and the bash/zsh/fish
// completions read. Texts are untranslated source strings (context "Gatescope::Cli::Commands");
// CommandSpec::translated() returns them in the user's language once translators are installed.
// Every member has a default, so the tables in CommandSpec.cpp name only what differs.

// Which application object a command needs; main() creates exactly that one.
enum class ApplicationKind {
    Core, // QCoreApplication: no GUI library touched
    OffscreenGui, // QGuiApplication on the offscreen platform: fonts and painting for a PDF
    Window, // QApplication on a display: the workbench window
};

enum class CommandId { Window, Help, Probe, Diagnose, Replay, Convert, Lab, Logs, Compare, Watch, KeepAlive, Ramp };

struct OptionSpec
{
    QStringList names = {}; // short and long names, without dashes: { "f", "format" }; the last is the long one
    const char *description = nullptr;
    const char *valueName = nullptr; // nullptr: a flag that takes no value
    QStringList allowedValues = {}; // the canonical values (completion, help, validation); empty: any
    QString defaultValue = {};
    bool takesFile = false; // the value names a file (completion offers files)
    bool repeatable = false;
    bool required = false;
    QStringList aliases = {}; // further accepted spellings, not offered by help or completion ("markdown")

    QString longName() const { return names.constLast(); }
    bool takesValue() const { return valueName != nullptr; }
};

struct ArgumentSpec
{
    const char *syntax = nullptr; // as shown in the usage line: "INPUT", "URL", "[FILE…]"; nullptr: none
    const char *description = nullptr;
    int minimum = 0;
    int maximum = 0; // -1: any number
    bool takesFile = false;
};

struct CommandSpec
{
    CommandId id = CommandId::Window;
    QString name = {}; // "diagnose"; empty for the window (no command word)
    const char *summary = nullptr; // one line, for the command list
    const char *description = nullptr; // the paragraph of its --help
    QList<OptionSpec> options = {}; // --help is added to every command by the parser, not listed here
    ArgumentSpec arguments = {};

    const OptionSpec *option(QStringView longName) const;
    static QString translated(const char *source); // "" for nullptr
};

// Every subcommand in the order `gatescope --help` lists them, then the window (name empty).
const QList<CommandSpec> &commandSpecs();
const CommandSpec *commandSpec(QStringView name); // nullptr when no command has that name
const CommandSpec &windowSpec();

// The closest command name to a mistyped word (Levenshtein distance), for "did you mean …?".
QString closestCommandName(QStringView word);

} // namespace Gatescope::Cli
