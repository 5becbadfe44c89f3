#pragma once

// Every EC2 Query API request a test's connector sent, checked against the EC2 API model that
// python3-botocore ships (tests/peers/ec2-model-check.py): the operation, each parameter's name
// as the query protocol spells it (TagSpecification.1.Tag.1.Key), its type and the required
// members. A misspelled parameter, which a fixture server written from the same assumptions
// would accept, fails the test that sent it.
//
// CloudFixtureServer records the form body of every EC2 request it receives (Action and
// Version in a form body); the tests check them all at their end:
//     void everyRequestMatchesTheEc2Model() { SLIPWAY_VERIFY_EC2_REQUESTS(); }
// Against moto, its request recorder keeps them (tests/peers/moto-up.sh) and the peers group
// checks that log once at its end.

#include <QByteArray>
#include <QList>
#include <QString>

namespace Slipway::Testing {

struct Ec2ModelCheck
{
    bool ran = false;    // python3 and the model were there
    bool passed = false; // no finding
    int requests = 0;    // how many requests were checked
    QString output;      // the findings, then the summary line
};

// Records one EC2 request's form body (done by CloudFixtureServer).
void recordEc2Request(const QByteArray &formBody);
// What was recorded in this process so far.
QList<QByteArray> recordedEc2Requests();

// Checks form bodies, or the request log files given (form bodies or moto's recorder lines).
Ec2ModelCheck checkEc2Requests(const QList<QByteArray> &formBodies);
Ec2ModelCheck checkEc2RequestLogs(const QStringList &files);

} // namespace Slipway::Testing

// Checks every EC2 request recorded in this process; prints how many were checked. There must
// be some: a test that sent none does not use this.
#define SLIPWAY_VERIFY_EC2_REQUESTS() \
    do { \
        const Slipway::Testing::Ec2ModelCheck check = Slipway::Testing::checkEc2Requests( \
            Slipway::Testing::recordedEc2Requests()); \
        if (!check.ran) \
            SLIPWAY_SKIP_OR_FAIL("python3 with botocore's EC2 model (python3-botocore)"); \
        qInfo().noquote() << check.output.trimmed(); \
        QVERIFY2(check.passed, qPrintable(check.output)); \
        QVERIFY2(check.requests > 0, "no EC2 request was recorded"); \
    } while (false)
