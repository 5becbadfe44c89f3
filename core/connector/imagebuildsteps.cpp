#include "imagebuildsteps.h"

#include "core/connector/packageinstallscript.h"

using namespace Qt::StringLiterals;

namespace Slipway {

QList<BuildStep> imageBuildSteps(const ImageSpec &image, ConnectorError *error)
{
    QList<BuildStep> steps;
    const BuildStep preInstall{u"pre-install"_s, BuildStep::Kind::Script, image.recipes.preInstall};
    if (!preInstall.isEmpty())
        steps << preInstall;
    if (!image.packages.isEmpty()) {
        ConnectorError packageError;
        const QString script = PackageInstallScript::generate(image.platform,
                                                              image.packages,
                                                              &packageError);
        if (script.isEmpty()) {
            if (error)
                *error = packageError;
            return {};
        }
        steps << BuildStep{u"packages"_s, BuildStep::Kind::Packages, script};
    }
    const BuildStep recipe{u"recipe"_s, BuildStep::Kind::Script, image.recipes.recipe};
    if (!recipe.isEmpty())
        steps << recipe;
    return steps;
}

} // namespace Slipway
