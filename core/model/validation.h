#pragma once

// Validation of modules: problems a user can act on, each naming the module,
// the field ("deployment.nodes[web].mappings[db_host]") and what is wrong. Shown live in the
// editor and before every launch; a launch refuses any Error.

#include "core/model/effectiveimage.h"
#include "core/model/module.h"

#include <QList>
#include <QString>

namespace Slipway {

enum class Severity { Error, Warning };

struct Problem
{
    QString modulePath;
    QString field;
    QString message;
    Severity severity = Severity::Error;

    friend bool operator==(const Problem &, const Problem &) = default;
};

// A path segment: letters, digits, '-', '_' and '.', not "." or "..", at most 100
// characters. A path is one or more segments separated by '/'.
bool isValidPathSegment(QStringView segment);
bool isValidModulePath(QStringView path);
// A node name: starts with a letter; then letters, digits, '-' and '_' (no '.' or ':', which
// runtime parameter keys use: "node.2:param").
bool isValidNodeName(QStringView name);
// A parameter name: starts with a letter or '_'; then letters, digits, '-', '_' and '.'
// ("url.service").
bool isValidParameterName(QStringView name);

struct ValidationOptions
{
    // The cloud a launch would use for nodes that name none. Empty: the checks that need a
    // cloud (native image ids, built images) are skipped, except for nodes naming their own.
    QString cloud;
};

// Checks one module. Images and deployments reach the modules they reference through lookup.
// Rules: invalid path or names; images: parent missing, not an image, or a cycle; derived
// image without parent; duplicate parameter names; native image without an id for the cloud
// (Error); derived image not built for the cloud (Warning: a launch builds it first);
// deployments: duplicate or invalid node names, multiplicity < 1, max provisioning failures
// < 0, missing or non-image node images (and pinned versions), mappings of inputs the image
// does not have, mappings to a node that does not exist or an output its image does not have,
// malformed mapping values, unmapped mandatory inputs without default.
QList<Problem> validate(const Module &module,
                        const ModuleLookup &lookup,
                        const ValidationOptions &options = {});

// "error" / "warning"
QString severityName(Severity severity);

} // namespace Slipway
