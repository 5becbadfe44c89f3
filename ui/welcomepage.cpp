#include "welcomepage.h"

#include "ui/baseimagemaker.h"

#include "connectors/builtinconnectors.h"
#include "core/catalog/catalog.h"
#include "core/paths.h"
#include "core/run/cloudlist.h"
#include "core/run/relaysettings.h"
#include "core/run/runrecords.h"
#include "core/secrets/secretstore.h"
#include "core/settings.h"
#include "ui/kindicons.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

constexpr int kRecentRuns = 5;

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setEnabled(false); // the palette's dimmed text
    return label;
}

} // namespace

WelcomePage::WelcomePage(Settings &settings, QString dataDir, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_dataDir(dataDir.isEmpty() ? Paths::dataDir() : std::move(dataDir))
    , m_registry(builtinConnectors())
{
    setObjectName(u"WelcomePage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(14);

    auto *title = new QLabel(tr("Welcome to Slipway"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addWidget(note(tr("Design machine images and multi-node deployments, keep them in "
                              "the catalog on the left, and launch them on your clouds."),
                           content));

    // Start and Recent side by side, the clouds below them across the page.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(18);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    // Start: an example in one click, a new deployment, an import.
    auto *start = new QVBoxLayout;
    start->setSpacing(2);
    grid->addLayout(start, 0, 0, Qt::AlignTop);
    start->addWidget(heading(tr("Start"), content));
    m_new = linkButton(tr("New deployment…"),
                       tr("Create a deployment in the catalog and open its diagram."),
                       content);
    m_new->setObjectName(u"WelcomeNew"_s);
    m_new->setIcon(actionIcon(u"document-new"_s));
    connect(m_new, &QPushButton::clicked, this, &WelcomePage::newDeploymentRequested);
    start->addWidget(m_new);
    m_import = linkButton(tr("Import SlipStream modules or a bundle…"),
                          tr("SlipStream module XML files or Slipway bundles (*.slipway.yaml), "
                             "shown before anything is imported."),
                          content);
    m_import->setObjectName(u"WelcomeImport"_s);
    m_import->setIcon(actionIcon(u"document-import"_s));
    connect(m_import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    start->addWidget(m_import);
    start->addSpacing(12);
    start->addWidget(heading(tr("Launch an example"), content));
    start->addWidget(note(tr("On local containers, with the example's defaults."), content));
    m_examplesBox = new QVBoxLayout;
    m_examplesBox->setSpacing(2);
    start->addLayout(m_examplesBox);

    // Recent modules and runs.
    auto *recent = new QVBoxLayout;
    recent->setSpacing(2);
    grid->addLayout(recent, 0, 1, Qt::AlignTop);
    recent->addWidget(heading(tr("Recent"), content));
    m_recentBox = new QVBoxLayout;
    m_recentBox->setSpacing(2);
    recent->addLayout(m_recentBox);

    // The clouds and what each still needs.
    auto *clouds = new QVBoxLayout;
    grid->addLayout(clouds, 1, 0, 1, 2, Qt::AlignTop);
    clouds->addWidget(heading(tr("Clouds"), content));
    m_cloudsPane = new QWidget(content);
    m_cloudsGrid = new QGridLayout(m_cloudsPane);
    m_cloudsGrid->setContentsMargins(0, 0, 0, 0);
    m_cloudsGrid->setHorizontalSpacing(10);
    m_cloudsGrid->setColumnStretch(2, 1);
    clouds->addWidget(m_cloudsPane);

    layout->addStretch(1);
}

WelcomePage::~WelcomePage()
{
    // A check still running answers nobody: its process is stopped without a word. A base
    // image being made stops too (its maker kills its own processes).
    delete m_maker;
    m_maker = nullptr;
    ++m_generation;
    for (QProcess *process : findChildren<QProcess *>()) {
        process->disconnect(this);
        process->kill();
        process->waitForFinished(1000);
    }
}

QString WelcomePage::localBaseImage()
{
    // SLIPWAY_LOCAL_BASE_IMAGE names another image (a test makes one without touching the
    // real one).
    return qEnvironmentVariable("SLIPWAY_LOCAL_BASE_IMAGE", u"localhost/slipway-debian:13"_s);
}

void WelcomePage::makeBaseImage(const QString &executable)
{
    if (m_maker && m_maker->isRunning())
        return;
    delete m_maker;
    m_maker = new BaseImageMaker(executable, localBaseImage(), this);
    auto *dialog = new QProgressDialog(tr("Making the base image %1…").arg(localBaseImage()),
                                       tr("Cancel"),
                                       0,
                                       BaseImageMaker::kSteps,
                                       this);
    dialog->setObjectName(u"BaseImageProgress"_s);
    dialog->setWindowTitle(tr("The Base Image of Local Containers"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumWidth(520);
    m_baseImageProgress = dialog;
    connect(dialog, &QProgressDialog::canceled, m_maker, &BaseImageMaker::cancel);
    connect(m_maker,
            &BaseImageMaker::progress,
            dialog,
            [dialog](int done, int total, const QString &line) {
                dialog->setMaximum(total);
                dialog->setValue(done);
                dialog->setLabelText(line.left(120));
            });
    connect(m_maker,
            &BaseImageMaker::finished,
            this,
            [this, dialog](bool ok, const QString &message) {
                dialog->hide();
                dialog->deleteLater();
                m_baseImageMessage = message;
                if (!ok && !qEnvironmentVariableIsSet("SLIPWAY_NO_DIALOGS"))
                    QMessageBox::warning(this, tr("The Base Image of Local Containers"), message);
                Q_EMIT baseImageMade(ok, message);
                fillClouds();
            });
    dialog->show();
    m_maker->start();
}

QPushButton *WelcomePage::linkButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    button->setToolTip(toolTip);
    button->setStyleSheet(u"QPushButton { text-align: left; padding: 3px 6px; }"_s);
    return button;
}

void WelcomePage::clearLayout(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
}

void WelcomePage::refresh(Catalog *catalog)
{
    ++m_generation;
    fillExamples(catalog);
    fillRecent(catalog);
    fillClouds();
}

void WelcomePage::fillExamples(Catalog *catalog)
{
    clearLayout(m_examplesBox);
    m_examples.clear();
    if (!catalog)
        return;
    const auto entries = catalog->list(u"examples"_s);
    if (!entries)
        return;
    for (const CatalogEntry &entry : *entries) {
        if (entry.kind != ModuleKind::Deployment || entry.deleted)
            continue;
        auto *button = linkButton(tr("Launch %1").arg(entry.path.section(u'/', -1)),
                                  entry.description,
                                  m_examplesBox->parentWidget());
        button->setObjectName(u"Example:"_s + entry.path);
        button->setIcon(actionIcon(u"media-playback-start"_s));
        const QString path = entry.path;
        connect(button, &QPushButton::clicked, this, [this, path] { Q_EMIT launchRequested(path); });
        m_examplesBox->addWidget(button);
        m_examples << button;
    }
    if (m_examples.isEmpty())
        m_examplesBox->addWidget(
            note(tr("The catalog has no example deployment."), m_examplesBox->parentWidget()));
}

void WelcomePage::fillRecent(Catalog *catalog)
{
    clearLayout(m_recentBox);
    m_recentModules.clear();
    m_recentRuns.clear();
    QWidget *parent = m_recentBox->parentWidget();
    m_recentBox->addWidget(note(tr("Modules"), parent));
    for (const QString &path : m_settings.recentModules()) {
        if (!catalog || !catalog->contains(path))
            continue;
        const auto latest = catalog->latest(path);
        auto *button = linkButton(path, tr("Open %1").arg(path), parent);
        button->setObjectName(u"Recent:"_s + path);
        if (latest)
            button->setIcon(kindIcon(latest->module.kind));
        connect(button, &QPushButton::clicked, this, [this, path] { Q_EMIT openRequested(path); });
        m_recentBox->addWidget(button);
        m_recentModules << button;
    }
    if (m_recentModules.isEmpty())
        m_recentBox->addWidget(note(tr("None yet: open one from the catalog."), parent));

    m_recentBox->addSpacing(10);
    m_recentBox->addWidget(note(tr("Runs"), parent));
    if (catalog) {
        RunRecords records;
        if (records.open(catalog->fileName())) {
            const QList<RunRecord> runs = records.runs();
            for (const RunRecord &run : runs.mid(0, kRecentRuns)) {
                // Today's runs by their time, older ones by their date.
                const QDateTime at = run.createdAt.toLocalTime();
                const QString when = at.date() == QDate::currentDate()
                                         ? QLocale().toString(at.time(), QLocale::ShortFormat)
                                         : QLocale().toString(at.date(), QLocale::ShortFormat);
                const QString text = tr("%1 — %2, %3")
                                         .arg(run.modulePath.section(u'/', -1), run.state, when);
                auto *button = linkButton(text,
                                          tr("Run %1 of %2 version %3")
                                              .arg(run.id, run.modulePath)
                                              .arg(run.moduleVersion),
                                          parent);
                button->setObjectName(u"RecentRun:"_s + run.id);
                button->setIcon(QIcon::fromTheme(u"system-run"_s));
                const QString id = run.id;
                connect(button, &QPushButton::clicked, this, [this, id] {
                    Q_EMIT runRequested(id);
                });
                m_recentBox->addWidget(button);
                m_recentRuns << button;
            }
        }
    }
    if (m_recentRuns.isEmpty())
        m_recentBox->addWidget(note(tr("None yet: launch an example."), parent));
}

void WelcomePage::fillClouds()
{
    while (QLayoutItem *item = m_cloudsGrid->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    m_clouds.clear();
    CloudList list(QDir(m_dataDir).filePath(u"clouds.json"_s));
    if (Result<void> loaded = list.load(); !loaded) {
        m_cloudsGrid->addWidget(note(loaded.errorMessage(), m_cloudsPane), 0, 0, 1, 4);
        return;
    }
    int line = 0;
    for (const CloudConfig &cloud : list.clouds()) {
        CloudRow row;
        row.name = cloud.name;
        row.icon = new QLabel(m_cloudsPane);
        auto *name = new QLabel(u"<b>%1</b> <span>(%2)</span>"_s.arg(cloud.name.toHtmlEscaped(),
                                                                     cloud.kind.toHtmlEscaped()),
                                m_cloudsPane);
        row.status = new QLabel(m_cloudsPane);
        row.status->setObjectName(u"CloudStatus:"_s + cloud.name);
        row.status->setWordWrap(true);
        m_cloudsGrid->addWidget(row.icon, line, 0, Qt::AlignTop);
        m_cloudsGrid->addWidget(name, line, 1, Qt::AlignTop);
        m_cloudsGrid->addWidget(row.status, line, 2, Qt::AlignTop);
        row.fix = new QPushButton(m_cloudsPane);
        row.fix->setObjectName(u"CloudFix:"_s + cloud.name);
        row.fix->hide();
        const QString cloudName = cloud.name;
        connect(row.fix, &QPushButton::clicked, this, [this, cloudName] {
            const auto r = m_clouds.constFind(cloudName);
            if (r == m_clouds.cend() || r->fixes.isEmpty())
                return;
            // A copy: the fix may fill the page again, which drops the row.
            const std::function<void()> fix = r->fixes.first().second;
            fix();
        });
        m_cloudsGrid->addWidget(row.fix, line, 3, Qt::AlignTop);
        ++line;

        const ConnectorKind *kind = m_registry.find(cloud.kind);
        if (cloud.kind == u"local")
            ++row.pending;
        if (kind && kind->secret && kind->secret->required && kind->secret->name)
            ++row.pending;
        if (kind && kind->capabilities.brokerRoute == BrokerRoute::Relay)
            ++row.pending;
        if (!kind) {
            row.problems << tr("Slipway has no connector of the kind %1.").arg(cloud.kind);
        }
        m_clouds.insert(cloud.name, row);
        showCloud(m_clouds[cloud.name]);

        if (cloud.kind == u"local")
            checkLocal(cloud.name, cloud.setting(u"executable"_s, u"podman"_s));
        if (kind && kind->secret && kind->secret->required && kind->secret->name)
            checkCredentials(cloud.name, kind->secret->name(cloud));
        if (kind && kind->capabilities.brokerRoute == BrokerRoute::Relay)
            checkRelay(cloud.name);
    }
}

void WelcomePage::checkLocal(const QString &cloud, const QString &executable)
{
    auto *process = new QProcess(this);
    const int generation = m_generation;
    const auto done = [this, process, cloud, executable, generation](const QString &problem) {
        process->deleteLater();
        if (generation != m_generation)
            return;
        // The fix makes it here, with its progress (mmdebstrap, then an import).
        answer(cloud, problem, BaseImageFix, tr("Make the base image…"), [this, executable] {
            makeBaseImage(executable);
        });
    };
    connect(process,
            &QProcess::finished,
            this,
            [done, executable](int exitCode, QProcess::ExitStatus status) {
                if (status == QProcess::NormalExit && exitCode == 0)
                    done({});
                else
                    done(tr("The base image %1 is not in %2 yet: local launches need it.")
                             .arg(localBaseImage(), executable));
            });
    connect(process, &QProcess::errorOccurred, this, [done, executable](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            done(tr("%1 cannot be started: install Podman (or Docker) for local containers.")
                     .arg(executable));
    });
    process->start(executable,
                   {u"image"_s, u"inspect"_s, u"--format"_s, u"{{.Id}}"_s, localBaseImage()});
}

void WelcomePage::checkCredentials(const QString &cloud, const QString &secretName)
{
    const int generation = m_generation;
    readSecret(cloud, secretName, this, [this, cloud, generation](Result<QByteArray> secret) {
        if (generation != m_generation)
            return;
        if (secret && !secret->isEmpty()) {
            answer(cloud, {});
            return;
        }
        if (!secret)
            qCInfo(lcSecrets) << "the welcome page's check of" << cloud << ":"
                              << secret.errorMessage();
        answer(cloud,
               tr("No credentials in the keychain."),
               CredentialsFix,
               tr("Set credentials…"),
               [this, cloud] { Q_EMIT credentialsRequested(cloud); });
    });
}

void WelcomePage::checkRelay(const QString &cloud)
{
    const auto missing = [this, cloud](const QString &problem) {
        answer(cloud, problem, RelayFix, tr("Set up the relay…"), [this] {
            Q_EMIT relayRequested();
        });
    };
    const auto settings = readRelaySettings(relaySettingsFile(m_dataDir));
    if (!settings) {
        missing(settings.errorMessage());
        return;
    }
    if (!settings->has_value()) {
        missing(tr("Its nodes reach Slipway through the relay, which is not set up."));
        return;
    }
    const int generation = m_generation;
    readSecret(kRelaySecretCloud.toString(),
               kRelaySecretName.toString(),
               this,
               [this, cloud, generation, missing](Result<QByteArray> secret) {
                   if (generation != m_generation)
                       return;
                   if (!secret || secret->isEmpty())
                       missing(tr("The relay's shared secret is not in the keychain."));
                   else
                       answer(cloud, {});
               });
}

void WelcomePage::answer(const QString &cloud,
                         const QString &problem,
                         FixOrder order,
                         const QString &fixText,
                         std::function<void()> fix)
{
    auto row = m_clouds.find(cloud);
    if (row == m_clouds.end())
        return;
    row->pending = std::max(0, row->pending - 1);
    if (!problem.isEmpty()) {
        row->problems << problem;
        if (fix)
            row->fixes.insert(order, {fixText, std::move(fix)});
    }
    if (!row->fixes.isEmpty()) {
        row->fix->setText(row->fixes.first().first);
        row->fix->show();
    }
    showCloud(*row);
    if (row->pending == 0)
        Q_EMIT cloudChecked(cloud);
}

void WelcomePage::showCloud(CloudRow &row)
{
    if (row.pending > 0) {
        row.state = CloudState::Checking;
        row.message = (row.problems + QStringList{tr("Checking…")}).join(u' ');
    } else if (row.problems.isEmpty()) {
        row.state = CloudState::Ready;
        row.message = tr("Ready to launch on.");
    } else {
        row.state = CloudState::NeedsAction;
        row.message = row.problems.join(u' ');
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    row.icon->setPixmap(
        row.state == CloudState::Ready         ? actionIcon(u"emblem-ok"_s).pixmap(size, size)
        : row.state == CloudState::NeedsAction ? actionIcon(u"dialog-warning"_s).pixmap(size, size)
                                               : QPixmap());
    row.status->setText(row.message);
}

WelcomePage::CloudState WelcomePage::cloudState(const QString &cloud) const
{
    return m_clouds.value(cloud).state;
}

QString WelcomePage::cloudMessage(const QString &cloud) const
{
    return m_clouds.value(cloud).message;
}

QPushButton *WelcomePage::cloudFixButton(const QString &cloud) const
{
    const auto row = m_clouds.constFind(cloud);
    if (row == m_clouds.cend() || row->state != CloudState::NeedsAction || !row->fix
        || row->fix->isHidden())
        return nullptr;
    return row->fix;
}

} // namespace Slipway
