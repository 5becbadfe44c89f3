#pragma once

// Copies a module from one catalog to another with its history and the modules it refers to
// (an image's parent chain, a deployment's node images, and theirs in turn): "Publish to team
// catalog" from the local catalog, or back.
//
// Each module of that closure is, in the target:
// - new: every version is copied, oldest first, keeping time and comment (the team catalog
//   records the publishing role as author and owner: the server decides both);
// - unchanged: the target's latest content equals the source's latest;
// - continued: the target's latest content equals an older version of the source (an earlier
//   publish): the versions after it are appended;
// - diverged: the target has other content, or holds the path as a deleted module. Nothing is
//   copied then, and the error names every such module.
// Content is compared without the rights grid (the team's server keeps its own) and without
// built images (they belong to one catalog's clouds). A password's value (an image parameter's
// default, a literal a deployment maps to a password input) is left out unless withSecrets,
// as a bundle export does: PublishSummary::withheld names them.
// Pinned image versions (a deployment node's imageVersion) follow the numbers of the target:
// when the target's history of the image differs from the source's (the team's image had
// versions 1-3 and the local 1-2 are appended as 4-5), a pin of version 2 is copied as 4. A
// version of the image that the publish does not copy is found by content in the target's
// history (compared as above, and without passwords' values). A pin with no counterpart in
// the target refuses the publish, naming the deployment's version, the node and the pin;
// PublishSummary::repinned names every pin that changed. (Derived images name their parent
// by path only, always its latest version: there is nothing to renumber.)
// The copy is one transaction of the target: all of it or, on any failure (a refusal by the
// team's server included, or a module of the copy saved by someone else meanwhile, which
// would shift the numbers the pins were given), nothing.

#include "core/model/result.h"

#include <QString>
#include <QStringList>

namespace Slipway {

class Catalog;

struct PublishOptions
{
    bool withSecrets = false;
};

struct PublishedModule
{
    QString path;
    int versions = 0;       // versions copied (0: unchanged)
    int targetVersion = 0;  // the target's latest version afterwards
    bool continued = false; // appended to a module the target had
};

struct PublishSummary
{
    QList<PublishedModule> modules; // references first, the published module last
    QStringList withheld;           // "path vN: parameter" whose value was left out
    // "path vN: node web pins image version 4 (version 2 in source)": pins of copied
    // versions that the target numbers differently.
    QStringList repinned;

    int copiedVersions() const;
};

Result<PublishSummary> publishModule(const Catalog &from,
                                     Catalog &to,
                                     const QString &path,
                                     const PublishOptions &options = {});

} // namespace Slipway
