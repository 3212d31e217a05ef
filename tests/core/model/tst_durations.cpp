// One duration formatter and one axis-step rule for the window and the reports, which used to
// write the same time differently ("0.4 ms" vs "400 µs", "12 ms" vs "12.0 ms") and pick ticks
// by different rules.
#include "model/Durations.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace Gatescope;
using namespace Qt::StringLiterals;

class tst_Durations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void durationsAreLocalised_data();
    void durationsAreLocalised();
    void axisStepsAreOneTwoOrFive_data();
    void axisStepsAreOneTwoOrFive();
    void axisTicksShareOneUnit_data();
    void axisTicksShareOneUnit();
};

void tst_Durations::durationsAreLocalised_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("ms");
    QTest::addColumn<double>("resolution");
    QTest::addColumn<QString>("text");
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    const double infinity = std::numeric_limits<double>::infinity();
    // clang-format off
    //                                             locale     ms          resolution    text
    QTest::newRow("microseconds")               << english << 0.85     << 0.         << u"850 µs"_s;
    QTest::newRow("report's 0.4 ms")            << english << 0.4      << 0.         << u"400 µs"_s;
    QTest::newRow("zero")                       << english << 0.       << 0.         << u"0 µs"_s;
    QTest::newRow("milliseconds, two decimals") << english << 4.25     << 0.         << u"4.25 ms"_s;
    QTest::newRow("milliseconds, one decimal")  << english << 12.5     << 0.         << u"12.5 ms"_s;
    QTest::newRow("hundreds of ms, no decimal") << english << 150.     << 0.         << u"150 ms"_s;
    QTest::newRow("seconds, two decimals")      << english << 1250.    << 0.         << u"1.25 s"_s;
    QTest::newRow("report's 2.00 s")            << english << 2000.    << 0.         << u"2.00 s"_s;
    QTest::newRow("whole seconds at 1 s")       << english << 60000.   << 1000.      << u"60 s"_s;
    QTest::newRow("phase that did not happen")  << english << -1.      << 0.         << u"—"_s;
    QTest::newRow("infinite")                   << english << infinity << 0.         << u"unknown"_s;
    QTest::newRow("German decimal comma")       << german  << 1250.    << 0.         << u"1,25 s"_s;
    QTest::newRow("German milliseconds")        << german  << 12.5     << 0.         << u"12,5 ms"_s;
    // clang-format on
}

void tst_Durations::durationsAreLocalised()
{
    QFETCH(QLocale, locale);
    QFETCH(double, ms);
    QFETCH(double, resolution);
    QFETCH(QString, text);
    QLocale::setDefault(locale);
    const QString actual = formatDuration(ms, resolution);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(actual, text);
}

void tst_Durations::axisStepsAreOneTwoOrFive_data()
{
    QTest::addColumn<double>("span");
    QTest::addColumn<double>("maxIntervals");
    QTest::addColumn<double>("step");
    // clang-format off
    //                                                   span      maxIntervals    step
    QTest::newRow("exact fit")                        << 1000.  << 5.           << 200.;
    QTest::newRow("1.2 is no step: 2")                << 7.2    << 6.           << 2.;
    QTest::newRow("1.5 is no step: 2")                << 9.     << 6.           << 2.;
    QTest::newRow("2.5 is no step: 5")                << 15.    << 6.           << 5.;
    QTest::newRow("8 is no step: 10")                 << 48.    << 6.           << 10.;
    QTest::newRow("a 60 s gateway timeout")           << 60000. << 6.           << 10000.;
    QTest::newRow("sub-millisecond")                  << 0.3    << 6.           << 0.05;
    QTest::newRow("window: 800 px at 80 px per tick") << 1234.  << 10.          << 200.;
    QTest::newRow("empty span")                       << 0.     << 6.           << 0.;
    QTest::newRow("no room for an interval")          << 100.   << 0.           << 0.;
    // clang-format on
}

void tst_Durations::axisStepsAreOneTwoOrFive()
{
    QFETCH(double, span);
    QFETCH(double, maxIntervals);
    QFETCH(double, step);
    QCOMPARE(niceStep(span, maxIntervals), step);
}

void tst_Durations::axisTicksShareOneUnit_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<double>("end");
    QTest::addColumn<double>("maxIntervals");
    QTest::addColumn<QString>("labels");
    // clang-format off
    //                                       start    end       maxIntervals    labels
    QTest::newRow("report of one second") << 0.    << 1000.  << 6.           << u"0.0 s|0.2 s|0.4 s|0.6 s|0.8 s|1.0 s"_s;
    QTest::newRow("report of 130 ms")     << 0.    << 130.   << 6.           << u"0 ms|50 ms|100 ms"_s;
    QTest::newRow("zoomed window range")  << 3.    << 4.     << 4.           << u"3.0 ms|3.5 ms|4.0 ms"_s;
    QTest::newRow("60 s")                 << 0.    << 60000. << 6.           << u"0 s|10 s|20 s|30 s|40 s|50 s|60 s"_s;
    // clang-format on
}

void tst_Durations::axisTicksShareOneUnit()
{
    QFETCH(double, start);
    QFETCH(double, end);
    QFETCH(double, maxIntervals);
    QFETCH(QString, labels);
    QStringList actual;
    for (const AxisTick &tick : axisTicks(start, end, maxIntervals))
        actual.append(tick.label);
    QCOMPARE(actual.join(u'|'), labels);
}

QTEST_APPLESS_MAIN(tst_Durations)
#include "tst_durations.moc"
