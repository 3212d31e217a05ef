// The phase vocabulary: order, where each phase's time sits in Timings, its names and its base
// colour — one table for the window's waterfall and the reports, which used to disagree on the
// wait phase's name ("Wait" vs "Wait (time to first byte)") and on every colour.
#include "model/Phases.h"

#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

class tst_Phases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void barPhasesRunInTheOrderTheyHappen();
    void eachPhaseHasOneValueNameAndColour_data();
    void eachPhaseHasOneValueNameAndColour();
    void phaseNoneHasNoValue();
};

void tst_Phases::barPhasesRunInTheOrderTheyHappen()
{
    QStringList ids;
    for (Phase phase : BarPhases)
        ids.append(phaseId(phase));
    QCOMPARE(ids.join(u' '), u"blocked dns connect tls send wait download"_s);
}

void tst_Phases::eachPhaseHasOneValueNameAndColour_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<double>("value"); // from the fixture: blocked 1, dns 2, … download 7
    QTest::addColumn<QString>("shortName");
    QTest::addColumn<QString>("longName");
    QTest::addColumn<QString>("colour");
    // clang-format off
    //                           phase              value    shortName        longName                          colour
    QTest::newRow("blocked")  << Phase::Blocked  << 1.    << u"Blocked"_s  << u"Blocked"_s                   << u"#9e9e9e"_s;
    QTest::newRow("dns")      << Phase::Dns      << 2.    << u"DNS"_s      << u"DNS"_s                       << u"#00897b"_s;
    QTest::newRow("connect")  << Phase::Connect  << 3.    << u"Connect"_s  << u"Connect"_s                   << u"#ef6c00"_s;
    QTest::newRow("tls")      << Phase::Tls      << 4.    << u"TLS"_s      << u"TLS"_s                       << u"#8e24aa"_s;
    QTest::newRow("send")     << Phase::Send     << 5.    << u"Send"_s     << u"Send"_s                      << u"#3949ab"_s;
    QTest::newRow("wait")     << Phase::Wait     << 6.    << u"Wait"_s     << u"Wait (time to first byte)"_s << u"#2e9d3a"_s;
    QTest::newRow("download") << Phase::Download << 7.    << u"Download"_s << u"Download"_s                  << u"#1e88e5"_s;
    // clang-format on
}

void tst_Phases::eachPhaseHasOneValueNameAndColour()
{
    QFETCH(Phase, phase);
    QFETCH(double, value);
    QFETCH(QString, shortName);
    QFETCH(QString, longName);
    QFETCH(QString, colour);
    const Timings timings {
        .blocked = 1, .dns = 2, .connect = 3, .tls = 4, .send = 5, .wait = 6, .download = 7, .total = 30
    };
    QCOMPARE(phaseValue(timings, phase), value);
    Timings written = timings;
    setPhaseValue(written, phase, 42);
    QCOMPARE(phaseValue(written, phase), 42.0);
    QCOMPARE(written.total, 30.0); // only that phase changed
    QCOMPARE(phaseName(phase), shortName);
    QCOMPARE(phaseName(phase, PhaseNameForm::Long), longName);
    QCOMPARE(phaseColorName(phase), colour);
    QCOMPARE(phaseBaseColor(phase), colour.mid(1).toUInt(nullptr, 16));
}

void tst_Phases::phaseNoneHasNoValue()
{
    Timings timings {
        .blocked = 1, .dns = 2, .connect = 3, .tls = 4, .send = 5, .wait = 6, .download = 7, .total = 30
    };
    QCOMPARE(phaseValue(timings, Phase::None), -1.0);
    const Timings before = timings;
    setPhaseValue(timings, Phase::None, 99);
    QCOMPARE(timings, before);
    QCOMPARE(phaseName(Phase::None), QString());
}

QTEST_APPLESS_MAIN(tst_Phases)
#include "tst_phases.moc"
