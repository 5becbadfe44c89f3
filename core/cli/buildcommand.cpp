#include "buildcommand.h"

#include "connectors/builtinconnectors.h"
#include "core/catalog/catalog.h"
#include "core/cli/commandline.h"
#include "core/cli/runcommand.h"
#include "core/connector/connector.h"
#include "core/connector/imagebuildsteps.h"
#include "core/model/effectiveimage.h"
#include "core/run/cloudlist.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Slipway::Cli {

namespace {

// "examples/images/web" v3 -> "slipway/examples/images/web:3": a name Podman and Docker take.
QString imageTag(const QString &path, int version)
{
    QString name = path.toLower();
    static const QRegularExpression invalid(u"[^a-z0-9._/-]+"_s);
    name.replace(invalid, u"-"_s);
    return u"slipway/%1:%2"_s.arg(name).arg(version);
}

} // namespace

int BuildCommand::run(const QStringList &arguments)
{
    quietInfoLogs();
    if (arguments.size() != 1) {
        m_err << "slipway-cli: build takes one image path (see --help)\n";
        return ExitUsage;
    }
    const QString path = arguments.constFirst();
    const QString cloudName = m_options.cloud.isEmpty() ? u"local"_s : m_options.cloud;
    const QString catalogFile = RunCommand::catalogFile(m_options.catalogFile);
    const auto fail = [this](int code, const QString &message) {
        m_err << "slipway-cli: " << message << '\n';
        return code;
    };
    if (!QFileInfo::exists(catalogFile))
        return fail(ExitFailure, u"there is no catalog %1"_s.arg(catalogFile));
    Catalog catalog(catalogFile);
    if (Result<void> opened = catalog.open(); !opened)
        return fail(ExitFailure, opened.errorMessage());
    const Result<ModuleVersion> latest = catalog.latest(path);
    if (!latest)
        return fail(ExitFailure, latest.errorMessage());
    if (latest->module.kind != ModuleKind::Image)
        return fail(ExitFailure, u"%1 is not an image"_s.arg(path));
    if (latest->module.image.native || latest->module.image.parent.isEmpty())
        return fail(ExitCannotLaunch,
                    u"%1 is a native image: there is nothing to build"_s.arg(path));

    CloudList clouds;
    if (Result<void> loaded = clouds.load(); !loaded)
        return fail(ExitFailure, loaded.errorMessage());
    const std::optional<CloudConfig> cloud = clouds.find(cloudName);
    if (!cloud)
        return fail(ExitCannotLaunch, u"there is no cloud named %1"_s.arg(cloudName));

    // The base: the parent's built image for this cloud when it has one (only this image's own
    // steps run on it), else the root native image, with every layer's steps, root first.
    const ModuleLookup lookup = catalog.lookup();
    const Result<EffectiveImage> effective = effectiveImage(latest->module, lookup);
    if (!effective)
        return fail(ExitCannotLaunch, effective.errorMessage());
    QString baseImageId;
    QStringList layers{path};
    const Result<ModuleVersion> parent = catalog.latest(latest->module.image.parent);
    if (parent) {
        if (const auto built = catalog.builtImages(parent->module.path, parent->version)) {
            for (const BuiltImage &b : *built)
                if (b.cloud == cloudName)
                    baseImageId = b.imageId;
        }
    }
    if (baseImageId.isEmpty()) {
        for (const CloudImageId &id : effective->imageIds)
            if (id.cloud == cloudName)
                baseImageId = id.imageId;
        if (baseImageId.isEmpty())
            return fail(ExitCannotLaunch,
                        u"%1 has no image id for the cloud %2: set it with slipway-cli catalog "
                        "image-id %1 %2 ID"_s.arg(effective->chain.value(0), cloudName));
        layers = effective->chain.mid(effective->rootIsNative ? 1 : 0);
    }
    QList<BuildStep> steps;
    for (const QString &layer : std::as_const(layers)) {
        const Result<ModuleVersion> module = catalog.latest(layer);
        if (!module)
            return fail(ExitFailure, module.errorMessage());
        ImageSpec spec = module->module.image;
        if (spec.platform.isEmpty())
            spec.platform = effective->platform;
        ConnectorError error;
        QList<BuildStep> own = imageBuildSteps(spec, &error);
        if (own.isEmpty() && !error.message.isEmpty())
            return fail(ExitCannotLaunch, u"%1: %2"_s.arg(layer, error.message));
        for (BuildStep &s : own) {
            if (layers.size() > 1)
                s.name = layer + u": "_s + s.name;
            steps << s;
        }
    }

    const ConnectorRegistry registry = builtinConnectors();
    ConnectorError createError;
    std::unique_ptr<Connector> connector(registry.create(*cloud, nullptr, &createError));
    if (!connector)
        return fail(ExitCannotLaunch, createError.toDisplayString());
    if (!connector->capabilities().buildsImages)
        return fail(ExitCannotLaunch,
                    u"the cloud %1 (%2) cannot build images"_s.arg(cloudName, cloud->kind));

    ImageBuildRequest request;
    request.runId = u"build-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    request.owner = u"slipway"_s;
    request.baseImageId = baseImageId;
    request.steps = steps;
    request.tag = imageTag(path, latest->version);
    m_err << "slipway-cli: building " << path << " v" << latest->version << " on " << cloudName
          << " from " << baseImageId << " (" << steps.size() << " steps)\n";
    m_err.flush();

    ImageBuildOperation *op = connector->buildImage(request);
    QObject::connect(op, &ConnectorOperation::progress, op, [this](const ConnectorProgress &p) {
        m_err << "  " << p.message << '\n';
        m_err.flush();
    });
    QObject::connect(op, &ImageBuildOperation::stepFinished, op, [this](const BuildStepResult &s) {
        m_err << "step " << s.name << ": " << (s.reused ? "reused" : "run") << " in "
              << QString::number(s.milliseconds / 1000.0, 'f', 2) << " s -> " << s.imageId.left(12)
              << '\n';
        m_err.flush();
    });
    QEventLoop loop;
    QObject::connect(op, &ConnectorOperation::finished, &loop, &QEventLoop::quit);
    if (!op->isFinished())
        loop.exec();
    if (op->error()) {
        for (const QString &line : op->outputTail())
            m_err << "  | " << line << '\n';
        return fail(ExitFailure, u"the build failed: %1"_s.arg(op->error()->toDisplayString()));
    }
    const ImageBuildResult result = op->result();
    if (Result<void> recorded = catalog.recordBuiltImage(path,
                                                         latest->version,
                                                         cloudName,
                                                         result.imageId);
        !recorded)
        return fail(ExitFailure, recorded.errorMessage());

    if (m_options.json) {
        QJsonArray stepArray;
        for (const BuildStepResult &s : result.steps)
            stepArray.append(QJsonObject{{u"name"_s, s.name},
                                         {u"reused"_s, s.reused},
                                         {u"milliseconds"_s, s.milliseconds},
                                         {u"imageId"_s, s.imageId},
                                         {u"cacheKey"_s, s.cacheKey}});
        const QJsonObject o{{u"image"_s, path},
                            {u"version"_s, latest->version},
                            {u"cloud"_s, cloudName},
                            {u"imageId"_s, result.imageId},
                            {u"tag"_s, request.tag},
                            {u"stepsRun"_s, result.stepsRun()},
                            {u"steps"_s, stepArray},
                            {u"milliseconds"_s, op->elapsedMilliseconds()}};
        m_out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        m_out << path << " v" << latest->version << " built on " << cloudName << ": "
              << result.imageId << " (" << result.stepsRun() << " of " << result.steps.size()
              << " steps run, " << QString::number(op->elapsedMilliseconds() / 1000.0, 'f', 2)
              << " s)\n";
    }
    return ExitOk;
}

} // namespace Slipway::Cli
