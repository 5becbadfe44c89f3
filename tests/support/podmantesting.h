#pragma once

// What the tests that start real containers share: the base image, whether Podman can run it
// here, and the containers and network a run leaves behind.

#include "testpaths.h"

#include <QString>
#include <QStringList>

namespace Slipway::Testing {

inline const QString kBaseImage = QStringLiteral("localhost/slipway-debian:13");
// The version packaging/buildroot/base-image.sh labels the image with (slipway.base-image).
inline const QString kBaseImageVersion = QStringLiteral("2");

// Podman is installed and has the base image, of the current version
// (packaging/buildroot/base-image.sh makes it).
bool podmanAvailable();

// The names of the containers labelled with a run.
QStringList containersOfRun(const QString &run);

// Removes whatever a run left behind (a failed test's containers and network).
void removeRun(const QString &run);

} // namespace Slipway::Testing

// Skips a test that needs containers where Podman or the base image is missing, but fails it
// in the build root (CI), which always has both: there a missing image is a broken setup.
#define SLIPWAY_REQUIRE_PODMAN() \
    do { \
        if (!Slipway::Testing::podmanAvailable()) \
            SLIPWAY_SKIP_OR_FAIL("needs podman and the current base image " \
                                 "(packaging/buildroot/base-image.sh)"); \
    } while (false)
