// isFailure: the one rule for "this exchange failed", with a row for every case on which the
// five former copies (Diagnoser, workspace, waterfall model, history rows, report layout)
// disagreed.
#include "model/Exchange.h"

#include <QTest>

using namespace Gatescope;
using namespace Qt::StringLiterals;

class tst_Failure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decidesWhetherAnExchangeFailed_data();
    void decidesWhetherAnExchangeFailed();
};

void tst_Failure::decidesWhetherAnExchangeFailed_data()
{
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<int>("status"); // 0 = no response arrived
    QTest::addColumn<bool>("failed");
    // clang-format off
    //                                                       outcome                     status    failed
    QTest::newRow("200 ok")                               << Outcome::Ok              << 200    << false;
    QTest::newRow("404 is the client's problem")          << Outcome::Ok              << 404    << false;
    QTest::newRow("500")                                  << Outcome::Ok              << 500    << true;
    QTest::newRow("599")                                  << Outcome::Ok              << 599    << true;
    QTest::newRow("600, outside 100-599: treated as 5xx") << Outcome::Ok              << 600    << true;
    QTest::newRow("999")                                  << Outcome::Ok              << 999    << true;
    QTest::newRow("499 nginx: client closed")             << Outcome::Ok              << 499    << true;
    QTest::newRow("460 ELB: client closed")               << Outcome::Ok              << 460    << true;
    QTest::newRow("461 is no ELB code")                   << Outcome::Ok              << 461    << false;
    QTest::newRow("462 is no ELB code")                   << Outcome::Ok              << 462    << false;
    QTest::newRow("463 ELB: X-Forwarded-For too long")    << Outcome::Ok              << 463    << true;
    QTest::newRow("464 ELB: protocol mismatch")           << Outcome::Ok              << 464    << true;
    QTest::newRow("465")                                  << Outcome::Ok              << 465    << false;
    QTest::newRow("200 with outcome reset")               << Outcome::Reset           << 200    << true;
    QTest::newRow("200 then an invalid response")         << Outcome::InvalidResponse << 200    << true;
    QTest::newRow("outcome ok without response")          << Outcome::Ok              << 0      << true;
    QTest::newRow("timeout without response")             << Outcome::Timeout         << 0      << true;
    QTest::newRow("refused")                              << Outcome::Refused         << 0      << true;
    // clang-format on
}

void tst_Failure::decidesWhetherAnExchangeFailed()
{
    QFETCH(Outcome, outcome);
    QFETCH(int, status);
    QFETCH(bool, failed);
    // Given an exchange with that outcome and, unless status is 0, a response with that status
    Exchange exchange;
    exchange.transport.outcome = outcome;
    if (status > 0) {
        exchange.response = ResponseData {};
        exchange.response->status = status;
    }
    // Then the exchange and its stored summary (history rows) get the same answer
    QVERIFY2(isFailure(exchange) == failed,
             qPrintable(u"expected %1 for %2 %3"_s.arg(failed).arg(outcomeId(outcome)).arg(status)));
    QCOMPARE(isFailure(outcome, status), failed);
}

QTEST_APPLESS_MAIN(tst_Failure)
#include "tst_failure.moc"
