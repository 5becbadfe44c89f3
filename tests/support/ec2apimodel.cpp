#include "ec2apimodel.h"

#include "tests/support/testpaths.h"
#include "tests/support/testprocess.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace Slipway::Testing {

namespace {

QList<QByteArray> &recorded()
{
    static QList<QByteArray> requests;
    return requests;
}

} // namespace

void recordEc2Request(const QByteArray &formBody)
{
    recorded().append(formBody);
}

QList<QByteArray> recordedEc2Requests()
{
    return recorded();
}

Ec2ModelCheck checkEc2Requests(const QList<QByteArray> &formBodies)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"requests.log"_s);
    QFile out(file);
    Ec2ModelCheck check;
    if (!dir.isValid() || !out.open(QIODevice::WriteOnly)) {
        check.output = u"cannot write %1"_s.arg(file);
        return check;
    }
    // A form body has no raw newline: its values are percent-encoded.
    for (const QByteArray &body : formBodies)
        out.write(body + '\n');
    out.close();
    return checkEc2RequestLogs({file});
}

Ec2ModelCheck checkEc2RequestLogs(const QStringList &files)
{
    Ec2ModelCheck check;
    const ProcessResult r = runProcess(u"python3"_s,
                                       QStringList{sourceFile(u"tests/peers/ec2-model-check.py"_s)}
                                           + files,
                                       ProcessOptions().withTimeout(120000));
    check.output = QString::fromUtf8(r.transcript());
    // 2: no python3 or no model; anything else is the checker's verdict.
    check.ran = r.finished && (r.exitCode == 0 || r.exitCode == 1);
    check.passed = r.exitCode == 0;
    const QRegularExpressionMatch m = QRegularExpression(u"ec2-model-check: (\\d+) requests"_s)
                                          .match(check.output);
    check.requests = m.hasMatch() ? m.captured(1).toInt() : 0;
    return check;
}

} // namespace Slipway::Testing
