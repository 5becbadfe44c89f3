#pragma once

// Reads module XML exported by SlipStream (projectModule, imageModule, deploymentModule) into
// bundle entries, so that it is previewed and imported like a bundle.
//
// Mapping: the path is parentUri + shortName without "module/"; isBase marks a native image;
// moduleReferenceUri is the parent; targets execute/report/onvmadd/onvmremove, prerecipe and
// recipe are the recipes; parameters of category Input/General and Output become the image's
// parameters (but the implicit outputs hostname and instanceid), those of a cloud's category
// ("ec2-eu-west.instance.type") its resources for that cloud; authz get/put/post/delete/
// createChildren become get/edit/run/delete/create-children; commit author and comment and
// lastModified become the version's author, comment and time. Deployment nodes keep their
// multiplicity, cloud ("default" = none), max provisioning failures and mappings ("node:param"
// or a quoted literal); they are laid out in a row since SlipStream had no diagram.

#include "core/bundle/bundlereader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Slipway {

class SlipStreamReader
{
public:
    // One XML document holding one module.
    static BundleReadResult read(const QByteArray &xml, const QString &fileName);
    // Several files into one bundle; a path defined twice is an error.
    static BundleReadResult readFiles(const QStringList &fileNames);
    // Whether data looks like SlipStream module XML rather than a YAML bundle.
    static bool looksLikeSlipStream(const QByteArray &data);
};

} // namespace Slipway
