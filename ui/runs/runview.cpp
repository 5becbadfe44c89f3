#include "runview.h"

#include "core/broker/parameterkey.h"
#include "core/broker/reportloader.h"
#include "core/catalog/catalog.h"
#include "core/catalog/catalogsource.h"
#include "core/connector/instancename.h"
#include "core/run/runhost.h"
#include "ui/diagram/deploymentscene.h"
#include "ui/diagram/diagramview.h"
#include "ui/document.h"
#include "ui/kindicons.h"
#include "ui/runs/instancelistmodel.h"
#include "ui/runs/runlistmodel.h"
#include "ui/runs/runoutputpane.h"
#include "ui/runs/runparametermodel.h"
#include "ui/runs/runstatecolours.h"
#include "ui/runs/runtags.h"
#include "ui/runs/terminallauncher.h"
#include "ui/runs/updatedialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

constexpr int kLogLines = 20000; // a chatty recipe does not eat the memory

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

RunView::RunView(RunHost &host, Catalog &catalog, const QString &run, QWidget *parent)
    : RunView(host, &catalog, run, parent)
{}

RunView::RunView(RunHost &host, Catalog *catalog, const QString &run, QWidget *parent)
    : QWidget(parent)
    , m_host(host)
    , m_catalog(catalog)
    , m_run(run)
{
    setObjectName(u"RunView"_s);
    // A past run's values are not loaded at start: read them now (a no-op for a live run).
    (void) host.store().hasRun(run);
    const std::optional<RunRecord> record = host.engine().run(run);
    if (record) {
        m_modulePath = record->modulePath;
        m_moduleVersion = record->moduleVersion;
        m_catalogLabel = record->catalog;
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    layout->addLayout(bar);
    m_title = new QLabel(this);
    m_title->setObjectName(u"RunTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setText(tr("<b>%1</b> v%2 — run %3")
                         .arg(m_modulePath.toHtmlEscaped())
                         .arg(m_moduleVersion)
                         .arg(m_run));
    bar->addWidget(m_title);
    // The team catalog the module came from (empty: the local one).
    if (!m_catalogLabel.isEmpty()) {
        // The connection's name; the URL (never a password) in the tooltip.
        const RecordedCatalog recorded = recordedCatalog(m_catalogLabel);
        m_source = new QLabel(tr("from the team catalog %1")
                                  .arg((recorded.name.isEmpty() ? recorded.url : recorded.name)
                                           .toHtmlEscaped()),
                              this);
        m_source->setToolTip(m_catalogLabel);
        m_source->setObjectName(u"RunCatalog"_s);
        m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
        bar->addWidget(m_source);
    }
    m_state = new QLabel(this);
    m_state->setObjectName(u"RunState"_s);
    bar->addWidget(m_state);
    m_tags = new QLabel(this);
    m_tags->setObjectName(u"RunTags"_s);
    m_tags->setTextFormat(Qt::PlainText);
    bar->addWidget(m_tags);
    m_editTags = new QPushButton(tr("Ta&gs…"), this);
    m_editTags->setObjectName(u"EditRunTags"_s);
    m_editTags->setToolTip(tr("Change the run's tags"));
    bar->addWidget(m_editTags);
    bar->addStretch(1);
    // The actions on a row of their own: with the module, its catalog, the state and the tags
    // above, one row would squeeze the buttons (or cut the title) in a narrow window.
    auto *actions = new QHBoxLayout;
    layout->addLayout(actions);

    m_scaleNode = new QComboBox(this);
    m_scaleNode->setObjectName(u"ScaleNode"_s);
    m_scaleNode->setToolTip(tr("The node to scale"));
    m_scaleDelta = new QSpinBox(this);
    m_scaleDelta->setObjectName(u"ScaleDelta"_s);
    m_scaleDelta->setRange(-100, 100);
    m_scaleDelta->setValue(1);
    m_scaleDelta->setToolTip(tr("Instances to add (positive) or remove (negative)"));
    m_scale = new QPushButton(tr("&Scale"), this);
    m_scale->setObjectName(u"ScaleButton"_s);
    actions->addWidget(m_scaleNode);
    actions->addWidget(m_scaleDelta);
    actions->addWidget(m_scale);
    m_abort = new QPushButton(QIcon::fromTheme(u"process-stop"_s), tr("&Abort…"), this);
    m_abort->setObjectName(u"AbortButton"_s);
    m_terminate = new QPushButton(QIcon::fromTheme(u"edit-delete"_s), tr("&Terminate"), this);
    m_terminate->setObjectName(u"TerminateButton"_s);
    m_terminalButton = new QPushButton(QIcon::fromTheme(u"utilities-terminal"_s),
                                       tr("Te&rminal"),
                                       this);
    m_terminalButton->setObjectName(u"TerminalButton"_s);
    m_terminalButton->setToolTip(
        tr("Open a terminal logged in to the selected instance (SSH, or a shell in its "
           "container)"));
    m_terminalButton->setEnabled(false);
    m_update = new QPushButton(actionIcon(u"system-software-update"_s), tr("&Update…"), this);
    m_update->setObjectName(u"UpdateButton"_s);
    m_update->setToolTip(tr("Move the run to another version of its module: see the plan, then "
                            "apply it node by node"));
    actions->addStretch(1);
    actions->addWidget(m_update);
    actions->addWidget(m_terminalButton);
    actions->addWidget(m_abort);
    actions->addWidget(m_terminate);

    m_service = new QLabel(this);
    m_service->setObjectName(u"ServiceLink"_s);
    m_service->setOpenExternalLinks(true);
    m_service->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_service->hide();
    layout->addWidget(m_service);

    m_updateProgress = new QProgressBar(this);
    m_updateProgress->setObjectName(u"UpdateProgress"_s);
    m_updateProgress->hide();
    layout->addWidget(m_updateProgress);

    m_catalogProblem = new QLabel(this);
    m_catalogProblem->setObjectName(u"RunCatalogProblem"_s);
    m_catalogProblem->setWordWrap(true);
    m_catalogProblem->setTextFormat(Qt::RichText); // escaped, with one link of ours
    connect(m_catalogProblem, &QLabel::linkActivated, this, [this] {
        Q_EMIT openCatalogRequested(m_catalogLabel);
    });
    m_catalogProblem->setStyleSheet(u"QLabel { color: #9a6700; }"_s);
    m_catalogProblem->hide();
    layout->addWidget(m_catalogProblem);

    m_message = new QLabel(this);
    m_message->setObjectName(u"RunMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // abort reasons come from nodes
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(m_splitter, 1);
    auto *right = new QSplitter(Qt::Vertical, m_splitter);

    m_instances = new InstanceListModel(host, run, this);
    m_instancesView = makeTable(m_instances, u"InstancesView"_s, right);
    m_instancesView->horizontalHeader()->resizeSection(InstanceListModel::NameColumn, 110);
    m_instancesView->horizontalHeader()->resizeSection(InstanceListModel::StateColumn, 110);
    m_instancesView->horizontalHeader()->resizeSection(InstanceListModel::HealthColumn, 130);
    m_instancesView->horizontalHeader()->resizeSection(InstanceListModel::MessageColumn, 220);

    m_tabs = new QTabWidget(right);
    auto *logPane = new QWidget(m_tabs);
    auto *logLayout = new QVBoxLayout(logPane);
    logLayout->setContentsMargins(0, 0, 0, 0);
    m_logTitle = new QLabel(logPane);
    logLayout->addWidget(m_logTitle);
    m_log = new QPlainTextEdit(logPane);
    m_log->setObjectName(u"RunLog"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(kLogLines);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    logLayout->addWidget(m_log);
    m_tabs->addTab(logPane, tr("&Log"));
    m_outputPane = new RunOutputPane(host.broker().output(), run, m_tabs);
    m_tabs->addTab(m_outputPane, tr("&Output"));

    auto *reportPane = new QSplitter(Qt::Horizontal, m_tabs);
    auto *reportListPane = new QWidget(reportPane);
    auto *reportListLayout = new QVBoxLayout(reportListPane);
    reportListLayout->setContentsMargins(0, 0, 0, 0);
    m_reports = new QListWidget(reportListPane);
    m_reports->setObjectName(u"ReportList"_s);
    reportListLayout->addWidget(m_reports);
    m_saveReport = new QPushButton(QIcon::fromTheme(u"document-save-as"_s),
                                   tr("Sa&ve As…"),
                                   reportListPane);
    m_saveReport->setObjectName(u"SaveReport"_s);
    m_saveReport->setToolTip(tr("Save the selected report to a file, exactly as uploaded"));
    m_saveReport->setEnabled(false);
    reportListLayout->addWidget(m_saveReport);
    m_report = new QPlainTextEdit(reportPane);
    m_report->setObjectName(u"ReportView"_s);
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    reportPane->setStretchFactor(1, 3);
    m_tabs->addTab(reportPane, tr("&Reports"));

    const QHash<QString, QStringList> declared = loadModule();
    if (const std::optional<RunRecord> record = host.engine().run(run))
        m_plan = PersistedPlan::fromJson(record->plan);
    if (m_plan.build) {
        // A build: its steps as a progress bar beside the state.
        m_buildProgress = new QProgressBar(this);
        m_buildProgress->setObjectName(u"BuildProgress"_s);
        m_buildProgress->setRange(0, int(m_plan.build->steps.size()));
        m_buildProgress->setValue(0);
        m_buildProgress->setFormat(tr("%v of %m steps"));
        m_buildProgress->setMaximumWidth(260);
        bar->insertWidget(bar->indexOf(m_state) + 1, m_buildProgress);
        connect(&host.engine(),
                &RunEngine::buildProgress,
                this,
                [this](const QString &r, int done, int total) {
                    if (r != m_run)
                        return;
                    if (total > 0)
                        m_buildProgress->setMaximum(total);
                    m_buildProgress->setValue(std::min(done, m_buildProgress->maximum()));
                });
    }
    m_parameters = new RunParameterModel(
        host.store(), run, declared, [this](QStringView key) { return m_plan.isSecret(key); }, this);
    m_parametersView = makeTable(m_parameters, u"ParametersView"_s, m_tabs);
    m_parametersView->horizontalHeader()->resizeSection(RunParameterModel::KeyColumn, 220);
    m_tabs->addTab(m_parametersView, tr("&Parameters"));
    right->setStretchFactor(1, 2);

    if (m_document && m_document->module().kind == ModuleKind::Deployment)
        createDiagram();
    updateCatalogProblem();

    connect(m_abort, &QPushButton::clicked, this, &RunView::askAbort);
    connect(m_editTags, &QPushButton::clicked, this, [this] {
        QString error;
        if (!editRunTags(this, m_host.engine(), m_run, &error) && !error.isEmpty())
            showMessage(error, true);
    });
    connect(&host.engine(), &RunEngine::runTagsChanged, this, [this](const QString &r) {
        if (r == m_run)
            updateTags();
    });
    updateTags();
    connect(m_terminate, &QPushButton::clicked, this, &RunView::askTerminate);
    connect(m_update, &QPushButton::clicked, this, &RunView::askUpdate);
    connect(m_scale, &QPushButton::clicked, this, [this] {
        const int delta = m_scaleDelta->value();
        if (delta == 0)
            return;
        if (Result<void> scaled = scaleNode(m_scaleNode->currentText(), delta); !scaled)
            showMessage(scaled.errorMessage(), true);
    });
    connect(m_instancesView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) {
                showInstance(current.data(InstanceListModel::NameRole).toString());
            });
    connect(m_reports, &QListWidget::currentRowChanged, this, &RunView::showReport);
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_reports->currentItem();
        if (!item)
            return;
        const QString file = QFileDialog::getSaveFileName(this,
                                                          tr("Save Report"),
                                                          item->text().section(u'/', 1));
        if (!file.isEmpty())
            saveReport(item->text(), file);
    });
    connect(m_terminalButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!openTerminal(m_sshUrls.value(m_instance), &error))
            showMessage(error, true);
    });
    connect(m_instances, &InstanceListModel::nodeStatesChanged, this, &RunView::updateNodeStates);
    // Scaling adds instances, and nodes show up as they are provisioned.
    connect(m_instances, &QAbstractItemModel::rowsInserted, this, &RunView::updateScaleNodes);
    updateScaleNodes();

    RunEngine &engine = host.engine();
    connect(&engine, &RunEngine::runStateChanged, this, [this](const QString &r) {
        if (r == m_run) {
            updateRunState();
            reloadReports();
        }
    });
    connect(&engine, &RunEngine::runSettled, this, [this](const QString &r) {
        if (r == m_run) {
            followModuleVersion();
            updateRunState();
            reloadReports();
        }
    });
    connect(&engine, &RunEngine::instanceChanged, this, [this](const InstanceRecord &i) {
        if (i.run == m_run && (i.state == InstanceState::Ready || i.state == InstanceState::Failed))
            reloadReports(); // reports arrive before an instance says it is done
    });
    connect(&engine, &RunEngine::eventAdded, this, &RunView::eventAdded);
    connect(&host.store(),
            &RuntimeParameterStore::valueSet,
            this,
            [this](const QString &r, const QString &key, const QString &value) {
                if (r == m_run)
                    valueSet(key, value);
            });

    for (const QString &node : m_instances->nodes())
        updateNodeStates(node);
    for (int row = 0; row < m_parameters->rowCount(); ++row)
        valueSet(m_parameters->index(row, RunParameterModel::KeyColumn).data().toString(),
                 m_parameters->index(row, RunParameterModel::ValueColumn).data().toString());
    updateRunState();
    reloadLog();
    reloadReports();
}

RunView::~RunView()
{
    // The scene's items refer to the document.
    if (m_diagramView)
        m_diagramView->setScene(nullptr);
    delete m_scene;
    m_scene = nullptr;
}

QHash<QString, QStringList> RunView::loadModule()
{
    QHash<QString, QStringList> declared;
    if (!m_catalog)
        return declared;
    Catalog &catalog = *m_catalog;
    if (auto version = catalog.version(m_modulePath, m_moduleVersion)) {
        m_document = std::make_unique<Document>(catalog, *version);
        const ModuleLookup lookup = catalog.lookup();
        for (const Node &node : m_document->module().deployment.nodes) {
            if (std::optional<Module> image = lookup(node.image, node.imageVersion)) {
                if (Result<EffectiveImage> effective = effectiveImage(*image, lookup))
                    for (const Parameter &p : effective->parameters)
                        declared[node.name] << p.name;
            }
        }
        if (m_document->effective())
            for (const Parameter &p : m_document->effective()->parameters)
                declared[u"machine"_s] << p.name;
    }
    return declared;
}

void RunView::dropModule()
{
    if (m_diagramView)
        m_diagramView->setScene(nullptr);
    delete m_diagramView;
    m_diagramView = nullptr;
    delete m_scene;
    m_scene = nullptr;
    m_document.reset();
}

void RunView::setCatalog(Catalog *catalog)
{
    if (catalog == m_catalog)
        return;
    // The document and the diagram refer to the catalog: they go with it.
    dropModule();
    m_catalog = catalog;
    (void) loadModule();
    if (m_document && m_document->module().kind == ModuleKind::Deployment) {
        createDiagram();
        for (const QString &node : m_instances->nodes())
            updateNodeStates(node);
        for (int row = 0; row < m_parameters->rowCount(); ++row)
            valueSet(m_parameters->index(row, RunParameterModel::KeyColumn).data().toString(),
                     m_parameters->index(row, RunParameterModel::ValueColumn).data().toString());
    }
    updateCatalogProblem();
    updateRunState();
}

void RunView::updateCatalogProblem()
{
    if (m_catalog && !m_document) {
        m_catalogProblem->setText(tr("Version %1 of %2 cannot be read from its catalog (%3): the "
                                     "diagram is not shown and the run cannot be updated.")
                                      .arg(m_moduleVersion)
                                      .arg(m_modulePath.toHtmlEscaped(),
                                           m_catalogLabel.isEmpty()
                                               ? tr("the local catalog")
                                               : m_catalogLabel.toHtmlEscaped()));
        m_catalogProblem->show();
        return;
    }
    if (m_catalog) {
        m_catalogProblem->hide();
        return;
    }
    m_catalogProblem->setText(
        tr("%1 comes from the team catalog %2, which is not open: <a href=\"open\">open it</a> "
           "(or File → Open Team Catalog…) to see the run's diagram and to update the run. The "
           "run itself goes on.")
            .arg(m_modulePath.toHtmlEscaped(), m_catalogLabel.toHtmlEscaped()));
    m_catalogProblem->show();
}

void RunView::createDiagram()
{
    m_scene = new DeploymentScene(m_document.get(), nullptr);
    m_scene->setReadOnly(true);
    auto *view = new DiagramView(m_scene, m_splitter);
    view->setObjectName(u"RunDiagram"_s);
    m_diagramView = view;
    QMetaObject::invokeMethod(view, &DiagramView::fitAll, Qt::QueuedConnection);
    m_splitter->insertWidget(0, m_diagramView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    connect(m_scene, &DeploymentScene::nodeActivated, this, [this](const QString &node) {
        // The node's first instance: its log and reports.
        for (int row = 0; row < m_instances->rowCount(); ++row) {
            if (m_instances->instanceAt(row).node == node) {
                m_instancesView->selectRow(row);
                showInstance(m_instances->instanceAt(row).name);
                return;
            }
        }
    });
}

QString RunView::title() const
{
    const std::optional<RunRecord> record = m_host.engine().run(m_run);
    const QString name = m_modulePath.section(u'/', -1);
    return record ? tr("%1 (%2)").arg(name, record->state) : name;
}

Result<void> RunView::abortRun(const QString &reason)
{
    Result<void> aborted = m_host.engine().abort(m_run, reason);
    if (aborted)
        showMessage(tr("Aborting: %1").arg(reason), false);
    else
        showMessage(aborted.errorMessage(), true);
    return aborted;
}

Result<void> RunView::terminateRun()
{
    Result<void> ended = m_host.engine().terminate(m_run);
    if (ended)
        showMessage(tr("Terminating the run's instances…"), false);
    else
        showMessage(ended.errorMessage(), true);
    return ended;
}

Result<void> RunView::scaleNode(const QString &node, int delta)
{
    Result<void> scaled = m_host.engine().scale(m_run, node, delta);
    if (scaled) {
        m_scalingNode = node;
        showMessage(delta > 0 ? tr("Adding %n instance(s) of %1…", nullptr, delta).arg(node)
                              : tr("Removing %n instance(s) of %1…", nullptr, -delta).arg(node),
                    false);
    } else {
        showMessage(scaled.errorMessage(), true);
    }
    updateRunState();
    return scaled;
}

void RunView::askUpdate()
{
    if (!m_catalog) {
        updateCatalogProblem();
        return;
    }
    UpdateDialog dialog(m_host, *m_catalog, m_run, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.plan())
        return;
    m_updating = true;
    showMessage(tr("Updating to version %1…").arg(dialog.plan()->toVersion), false);
    updateRunState();
}

void RunView::updateProgressShown()
{
    const std::optional<RunRecord> record = m_host.engine().run(m_run);
    const std::optional<UpdateState> update = record && record->state == RunState::Updating
                                                  ? PersistedPlan::fromJson(record->plan).update
                                                  : std::nullopt;
    if (!update || update->steps.isEmpty()) {
        m_updateProgress->hide();
        return;
    }
    m_updateProgress->setRange(0, int(update->steps.size()));
    m_updateProgress->setValue(std::min(update->current, int(update->steps.size())));
    m_updateProgress->setFormat(
        !update->healing.isEmpty() ? tr("Healing: step %v of %m")
        : update->rollingBack
            ? tr("Rolling back to version %1: step %v of %m").arg(update->fromVersion)
            : tr("Updating to version %1: step %v of %m").arg(update->toVersion));
    m_updateProgress->show();
}

void RunView::followModuleVersion()
{
    const std::optional<RunRecord> record = m_host.engine().run(m_run);
    if (m_updating && record && record->state == RunState::Ready) {
        // The update is over: what it did, as the run's record says.
        m_updating = false;
        const PersistedPlan plan = PersistedPlan::fromJson(record->plan);
        showMessage(plan.lastUpdate, plan.lastUpdateFailed);
    }
    if (!record || record->moduleVersion == m_moduleVersion)
        return;
    m_moduleVersion = record->moduleVersion;
    m_plan = PersistedPlan::fromJson(record->plan);
    m_title->setText(tr("<b>%1</b> v%2 — run %3")
                         .arg(m_modulePath.toHtmlEscaped())
                         .arg(m_moduleVersion)
                         .arg(m_run));
    // The diagram of the version the run has now (nodes may have come or gone).
    if (!m_catalog)
        return;
    const Result<ModuleVersion> version = m_catalog->version(m_modulePath, m_moduleVersion);
    if (!m_diagramView || !version || version->module.kind != ModuleKind::Deployment)
        return;
    delete m_diagramView;
    m_diagramView = nullptr;
    delete m_scene;
    m_scene = nullptr;
    m_document = std::make_unique<Document>(*m_catalog, *version);
    createDiagram(); // in the splitter's first place again
    for (const QString &node : m_instances->nodes())
        updateNodeStates(node);
    for (int row = 0; row < m_parameters->rowCount(); ++row)
        valueSet(m_parameters->index(row, RunParameterModel::KeyColumn).data().toString(),
                 m_parameters->index(row, RunParameterModel::ValueColumn).data().toString());
}

void RunView::askAbort()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this,
                                                 tr("Abort Run %1").arg(m_run),
                                                 tr("Reason (the nodes see it):"),
                                                 QLineEdit::Normal,
                                                 tr("Aborted from the run view"),
                                                 &ok);
    if (ok && !reason.trimmed().isEmpty())
        (void) abortRun(reason.trimmed());
}

void RunView::askTerminate()
{
    if (QMessageBox::question(this,
                              tr("Terminate Run %1").arg(m_run),
                              tr("Remove every instance of run %1? Their data is lost.").arg(m_run))
        == QMessageBox::Yes)
        (void) terminateRun();
}

void RunView::updateRunState()
{
    const std::optional<RunRecord> record = m_host.engine().run(m_run);
    if (!record)
        return;
    QString text = record->state;
    if (record->terminated)
        text = tr("%1, instances removed").arg(text);
    m_state->setText(
        u"<span style=\"color:%1\">●</span> <b>%2</b>"_s.arg(runStateColour(record->state).name(),
                                                             text.toHtmlEscaped()));
    if (!record->abortReason.isEmpty())
        showMessage(tr("Aborted: %1").arg(record->abortReason), true);
    else if (!m_scalingNode.isEmpty() && record->state == RunState::Ready) {
        // The scaling is over: say what the node has now instead of what was asked.
        int count = 0;
        for (const InstanceRecord &i : m_host.engine().instances(m_run)) {
            if (i.node == m_scalingNode && i.state != InstanceState::Terminated
                && i.state != InstanceState::Failed)
                ++count;
        }
        showMessage(tr("%1 now has %n instance(s).", nullptr, count).arg(m_scalingNode), false);
        m_scalingNode.clear();
    }
    const bool active = m_host.engine().isActive(m_run);
    const bool final = RunState::isFinal(record->state);
    const bool ready = record->state == RunState::Ready;
    m_abort->setEnabled(active && !final && !ready);
    if (m_buildProgress && record->state == RunState::Done)
        m_buildProgress->setValue(m_buildProgress->maximum());
    m_terminate->setEnabled(!record->terminated && (active || !final));
    const bool scalable = active && ready && !record->terminated;
    // An update is planned against the module's catalog, which must be open.
    m_update->setEnabled(scalable && !m_catalog.isNull());
    updateProgressShown();
    m_scale->setEnabled(scalable);
    m_scaleNode->setEnabled(scalable);
    m_scaleDelta->setEnabled(scalable);
    Q_EMIT titleChanged(title());
}

void RunView::updateTags()
{
    const std::optional<RunRecord> record = m_host.engine().run(m_run);
    const QStringList tags = record ? RunListModel::tagsOf(*record) : QStringList();
    m_tags->setText(tags.isEmpty() ? tr("No tags") : tr("Tags: %1").arg(tags.join(u", "_s)));
}

void RunView::updateScaleNodes()
{
    const QString current = m_scaleNode->currentText();
    const QStringList nodes = m_instances->nodes();
    QStringList shown;
    for (int i = 0; i < m_scaleNode->count(); ++i)
        shown << m_scaleNode->itemText(i);
    if (shown == nodes)
        return;
    m_scaleNode->clear();
    m_scaleNode->addItems(nodes);
    m_scaleNode->setCurrentIndex(std::max(0, int(nodes.indexOf(current))));
}

void RunView::updateNodeStates(const QString &node)
{
    if (!m_scene)
        return;
    m_scene->setInstanceStates(node, m_instances->statesOf(node));
    // The instances the node has now: scaling adds some, removes others (terminated).
    QList<int> live;
    for (int row = 0; row < m_instances->rowCount(); ++row) {
        const InstanceRecord &i = m_instances->instanceAt(row);
        if (i.node == node && i.state != InstanceState::Terminated)
            live << i.name.section(u'.', -1).toInt();
    }
    m_scene->setLiveInstances(node, live);
}

void RunView::valueSet(const QString &key, const QString &value)
{
    const ParameterKey::Parsed parsed = ParameterKey::parse(key);
    if (!parsed.ok())
        return;
    if (parsed.key.scope() == ParameterKey::Scope::Global && parsed.key.name() == u"url.service") {
        // Shown as a link when it is one a browser opens, as text otherwise.
        const QUrl url(value);
        const bool link = url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https");
        m_service->setText(tr("Service: %1")
                               .arg(link ? u"<a href=\"%1\">%2</a>"_s
                                               .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                    value.toHtmlEscaped())
                                         : value.toHtmlEscaped()));
        m_service->setVisible(!value.isEmpty());
        return;
    }
    if (parsed.key.scope() != ParameterKey::Scope::Instance)
        return;
    if (parsed.key.name() == u"url.ssh") {
        m_sshUrls.insert(parsed.key.node() + u'.' + QString::number(parsed.key.index()), value);
        m_terminalButton->setEnabled(!m_sshUrls.value(m_instance).isEmpty());
    }
    if (!m_scene)
        return;
    const QString node = parsed.key.node();
    const QString name = parsed.key.name();
    if (m_plan.isSecret(key) && !value.isEmpty()) {
        if (parsed.key.index() == 1)
            m_scene->setPortValue(node, name, kMaskedValue.toString());
        m_scene->setPortInstanceValue(node, name, parsed.key.index(), kMaskedValue.toString());
        return;
    }
    if (name == u"statecustom") {
        m_scene->setStateCustom(node, parsed.key.index(), value);
    } else if (name != u"complete" && name != u"abort") {
        if (parsed.key.index() == 1)
            m_scene->setPortValue(node, name, value); // mappings read instance 1, so do the ports
        m_scene->setPortInstanceValue(node, name, parsed.key.index(), value);
    }
}

void RunView::showInstance(const QString &instance)
{
    if (instance == m_instance && !m_log->document()->isEmpty())
        return;
    m_instance = instance;
    m_terminalButton->setEnabled(!m_sshUrls.value(m_instance).isEmpty());
    m_outputPane->setInstance(instance);
    reloadLog();
    reloadReports();
}

void RunView::reloadLog()
{
    m_logTitle->setText(m_instance.isEmpty() ? tr("Log of the run (select an instance for its own)")
                                             : tr("Log of %1").arg(m_instance));
    m_log->clear();
    m_lastEvent = 0;
    QStringList lines;
    for (const RunEvent &e : m_host.engine().events(m_run)) {
        m_lastEvent = std::max(m_lastEvent, e.id);
        if (m_instance.isEmpty() || e.instance == m_instance)
            lines << (m_instance.isEmpty() && !e.instance.isEmpty()
                          ? u"%1 %2: %3"_s.arg(e.at.toLocalTime().toString(u"HH:mm:ss"_s),
                                               e.instance,
                                               e.message)
                          : u"%1 %2"_s.arg(e.at.toLocalTime().toString(u"HH:mm:ss"_s), e.message));
    }
    m_log->setPlainText(lines.join(u'\n'));
    m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
}

void RunView::eventAdded(const RunEvent &e)
{
    if (e.run != m_run || e.id <= m_lastEvent)
        return;
    if (m_updateProgress->isVisible() || m_updating)
        updateProgressShown(); // each step of an update begins with an event
    m_lastEvent = e.id;
    if (!m_instance.isEmpty() && e.instance != m_instance)
        return;
    QScrollBar *bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    const QString time = e.at.toLocalTime().toString(u"HH:mm:ss"_s);
    m_log->appendPlainText(m_instance.isEmpty() && !e.instance.isEmpty()
                               ? u"%1 %2: %3"_s.arg(time, e.instance, e.message)
                               : u"%1 %2"_s.arg(time, e.message));
    if (atEnd) // tail, unless the user scrolled back to read
        bar->setValue(bar->maximum());
}

void RunView::reloadReports()
{
    // The list only: a report's bytes are read when it is shown or saved, off this thread.
    const QString current = m_reports->currentItem() ? m_reports->currentItem()->text() : QString();
    const QSignalBlocker blocker(m_reports);
    m_reports->clear();
    for (const RuntimeParameterStore::Report &report : m_host.store().reportList(m_run)) {
        if (!m_instance.isEmpty() && report.instance != m_instance)
            continue;
        auto *item = new QListWidgetItem(u"%1/%2"_s.arg(report.instance, report.name), m_reports);
        item->setToolTip(tr("%n byte(s)", nullptr, int(report.size)));
    }
    const QList<QListWidgetItem *> again = m_reports->findItems(current, Qt::MatchExactly);
    if (!again.isEmpty())
        m_reports->setCurrentItem(again.constFirst());
    m_saveReport->setEnabled(m_reports->currentItem() != nullptr);
}

void RunView::showReport()
{
    QListWidgetItem *item = m_reports->currentItem();
    m_saveReport->setEnabled(item != nullptr);
    if (!item) {
        m_report->clear();
        m_report->setProperty("report", QString());
        return;
    }
    const QString shown = item->text();
    m_report->setPlainText(tr("Loading %1…").arg(shown));
    m_report->setProperty("report", QString());
    ReportLoader::load(m_host.store().databaseFile(),
                       m_run,
                       shown.section(u'/', 0, 0),
                       shown.section(u'/', 1),
                       this,
                       [this, shown](const std::optional<QByteArray> &data) {
                           if (!m_reports->currentItem()
                               || m_reports->currentItem()->text() != shown)
                               return; // another report was chosen meanwhile
                           const QString name = shown.section(u'/', 1);
                           if (!data) {
                               m_report->setPlainText(tr("%1 is no longer kept.").arg(name));
                           } else {
                               // Text is shown as such; anything else (an archive) by its size.
                               const QString text = QString::fromUtf8(*data);
                               if (!data->contains('\0') && text.toUtf8() == *data)
                                   m_report->setPlainText(text);
                               else
                                   m_report->setPlainText(tr("%1: %n byte(s) of binary data; "
                                                             "save it to read it",
                                                             nullptr,
                                                             int(data->size()))
                                                              .arg(name));
                           }
                           m_report->setProperty("report", shown);
                       });
}

void RunView::saveReport(const QString &report, const QString &file)
{
    ReportLoader::load(m_host.store().databaseFile(),
                       m_run,
                       report.section(u'/', 0, 0),
                       report.section(u'/', 1),
                       this,
                       [this, report, file](const std::optional<QByteArray> &data) {
                           if (!data) {
                               showMessage(tr("%1 is no longer kept.").arg(report), true);
                               return;
                           }
                           // The bytes as uploaded: no text conversion, nothing added.
                           QSaveFile out(file);
                           if (!out.open(QIODevice::WriteOnly) || out.write(*data) != data->size()
                               || !out.commit()) {
                               showMessage(tr("Cannot save %1: %2").arg(file, out.errorString()),
                                           true);
                               return;
                           }
                           showMessage(tr("Saved %1 (%n byte(s)).", nullptr, int(data->size()))
                                           .arg(QDir::toNativeSeparators(file)),
                                       false);
                           Q_EMIT reportSaved(file);
                       });
}

void RunView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? u"color: #d03a2f"_s : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace Slipway
