#pragma once

// Where the tests find what they read: the source tree (tests/data, resources), the built
// programs, and SlipStream's own exports (the shared samples).

#include <QString>
#include <QTest>

namespace Slipway::Testing {

// The checkout ($SLIPWAY_SOURCE_DIR, set by slipway_add_test) and the build directory.
QString sourceDir();
QString binaryDir();

// A file under the checkout, e.g. sourceFile(u"resources/client/bootstrap").
QString sourceFile(const QString &relativePath);
// A file under tests/data, e.g. testData(u"ec2/describe_instances_running.xml").
QString testData(const QString &relativePath);

// A program built into <build>/app: slipway-cli, slipway-relay.
QString builtProgram(const QString &name);
QString cliProgram();
QString relayProgram();

// SlipStream's exports: $SLIPWAY_SHARED/samples/slipstream, ../shared next to the checkout,
// or /shared (the build root mounts it there). Empty when none of them holds the samples.
QString slipstreamSamplesDir();

// True in the build root (CI), which has every need of every test: nothing may skip there.
bool inBuildRoot();

// The test runs as root (network namespaces, veth pairs, sshd, dockerd).
bool isRoot();

} // namespace Slipway::Testing

// Skips a test whose need is missing, but fails it in the build root, where a missing need is a
// broken setup and a skip would pass unnoticed. The marker makes CTest report the test as
// skipped (SKIP_REGULAR_EXPRESSION in slipway_add_test) instead of passed.
#define SLIPWAY_SKIP_OR_FAIL(message) \
    do { \
        if (Slipway::Testing::inBuildRoot()) \
            QFAIL(message " (missing in the build root)"); \
        QSKIP("[need missing] " message); \
    } while (false)

// Skips a test that reads the SlipStream samples where they are not. They lie outside the
// repository (../shared beside the checkout), so a clone without them skips, shown as skipped,
// also in the build root; the build root has every need that the repository itself provides.
#define SLIPWAY_REQUIRE_SAMPLES() \
    do { \
        if (Slipway::Testing::slipstreamSamplesDir().isEmpty()) \
            QSKIP("[need missing] SlipStream samples not found: set SLIPWAY_SHARED to the " \
                  "folder holding samples/slipstream"); \
    } while (false)

// Skips (fails in the build root) a test that needs root.
#define SLIPWAY_REQUIRE_ROOT() \
    do { \
        if (!Slipway::Testing::isRoot()) \
            SLIPWAY_SKIP_OR_FAIL("needs root (network namespaces, daemons of its own)"); \
    } while (false)
