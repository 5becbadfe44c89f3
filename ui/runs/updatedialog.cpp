#include "updatedialog.h"

#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "ui/diagram/deploymentscene.h"
#include "ui/diagram/diagramview.h"
#include "ui/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

enum PlanColumn { NodeColumn, ActionColumn, ImageColumn, InstancesColumn, PlanColumnCount };

} // namespace

UpdateDialog::UpdateDialog(RunHost &host, Catalog &catalog, const QString &run, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_catalog(catalog)
    , m_run(run)
{
    setObjectName(u"UpdateDialog"_s);
    const std::optional<RunRecord> record = host.engine().run(run);
    setWindowTitle(tr("Update Run %1").arg(run));
    resize(1100, 640);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *from = new QLabel(this);
    from->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (record)
        from->setText(tr("%1, version %2 (state %3)")
                          .arg(record->modulePath)
                          .arg(record->moduleVersion)
                          .arg(record->state));
    form->addRow(tr("Runs:"), from);
    m_version = new QComboBox(this);
    m_version->setObjectName(u"TargetVersion"_s);
    m_version->setToolTip(tr("The version of the module the run moves to"));
    if (record) {
        if (const Result<QList<VersionSummary>> history = catalog.history(record->modulePath)) {
            for (const VersionSummary &v : *history) {
                if (v.version == record->moduleVersion)
                    continue;
                const QString comment = v.comment.section(u'\n', 0, 0);
                m_version->addItem(comment.isEmpty()
                                       ? tr("version %1").arg(v.version)
                                       : tr("version %1 — %2").arg(v.version).arg(comment),
                                   v.version);
            }
        }
    }
    m_version->setCurrentIndex(m_version->count() - 1); // the latest
    form->addRow(tr("&Update to:"), m_version);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(u"PlanList"_s);
    m_list->setColumnCount(PlanColumnCount);
    m_list->setHeaderLabels({tr("Node"), tr("Action"), tr("Image"), tr("Instances")});
    m_list->setRootIsDecorated(true);
    m_list->setWordWrap(true);
    m_list->header()->resizeSection(NodeColumn, 150);
    m_list->header()->resizeSection(ActionColumn, 110);
    m_list->header()->resizeSection(ImageColumn, 190);
    m_splitter = splitter;

    m_message = new QLabel(this);
    m_message->setObjectName(u"UpdateMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *bottom = new QHBoxLayout;
    layout->addLayout(bottom);
    auto *batchLabel = new QLabel(tr("&Batch size:"), this);
    m_batch = new QSpinBox(this);
    m_batch->setObjectName(u"BatchSize"_s);
    m_batch->setRange(1, 100);
    m_batch->setValue(1);
    m_batch->setToolTip(tr("How many instances of a node are replaced or run execute again at "
                           "once; the new ones join before the old ones go"));
    batchLabel->setBuddy(m_batch);
    bottom->addWidget(batchLabel);
    bottom->addWidget(m_batch);
    bottom->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"ApplyButton"_s);
    m_apply->setToolTip(tr("Update the run node by node, in this order; on the first failure "
                           "it rolls back"));
    bottom->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, [this] { (void) apply(); });
    connect(m_version, &QComboBox::currentIndexChanged, this, &UpdateDialog::replan);

    replan();
}

UpdateDialog::~UpdateDialog()
{
    removeDiagram();
}

void UpdateDialog::removeDiagram()
{
    // The view and the scene's items refer to the scene and the document: they go first.
    delete m_diagramView;
    m_diagramView = nullptr;
    delete m_scene;
    m_scene = nullptr;
    m_document.reset();
}

void UpdateDialog::setTargetVersion(int version)
{
    const int index = m_version->findData(version);
    if (index >= 0)
        m_version->setCurrentIndex(index);
}

int UpdateDialog::targetVersion() const
{
    return m_version->currentData().toInt();
}

void UpdateDialog::replan()
{
    m_plan.reset();
    const std::optional<RunRecord> record = m_host.engine().run(m_run);
    QString problem;
    if (!record) {
        problem = tr("There is no run %1.").arg(m_run);
    } else if (m_version->count() == 0) {
        problem = tr("%1 has no other version than the run's (%2): there is nothing to update to.")
                      .arg(record->modulePath)
                      .arg(record->moduleVersion);
    } else {
        Result<UpdatePlan> planned = planUpdate(m_catalog,
                                                *record,
                                                m_host.engine().instances(m_run),
                                                targetVersion());
        if (planned)
            m_plan = std::move(*planned);
        else
            problem = planned.errorMessage();
    }
    showPlan();
    showDiagram();
    bool applicable = m_plan && m_plan->blockers.isEmpty() && m_plan->changesAnything();
    if (record && record->state != RunState::Ready) {
        applicable = false;
        problem = tr("The run is %1: only a Ready run can be updated.").arg(record->state);
    }
    m_apply->setEnabled(applicable && m_host.engine().isActive(m_run));
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->setStyleSheet(u"color: #d03a2f"_s);
    } else if (m_plan && !m_plan->blockers.isEmpty()) {
        m_message->setText(tr("Cannot be applied in place: %1").arg(m_plan->blockers.join(u"; "_s)));
        m_message->setStyleSheet(u"color: #d03a2f"_s);
    } else if (m_plan && !m_plan->changesAnything()) {
        m_message->setText(tr("The run already runs what version %1 has: nothing to change.")
                               .arg(m_plan->toVersion));
        m_message->setStyleSheet({});
    } else {
        m_message->setText(tr("Nothing changes until you apply. The nodes are updated in the "
                              "order shown, producers before the nodes that read them."));
        m_message->setStyleSheet({});
    }
}

void UpdateDialog::showPlan()
{
    m_list->clear();
    if (!m_plan)
        return;
    for (const NodeUpdate &n : m_plan->nodes) {
        auto *item = new QTreeWidgetItem(m_list);
        const QString action = updateActionName(n.action);
        item->setText(NodeColumn, n.node);
        item->setData(NodeColumn, Qt::UserRole, action);
        item->setText(ActionColumn, DeploymentScene::updateActionLabel(action));
        item->setData(ActionColumn, Qt::DecorationRole, DeploymentScene::updateActionColour(action));
        const QString image = n.fromImage == n.toImage || n.toImage.isEmpty() ? n.fromImage
                              : n.fromImage.isEmpty()                         ? n.toImage
                                                      : tr("%1 → %2").arg(n.fromImage, n.toImage);
        item->setText(ImageColumn, image);
        item->setToolTip(ImageColumn, image);
        item->setText(InstancesColumn,
                      n.fromMultiplicity == n.toMultiplicity
                          ? QString::number(n.toMultiplicity)
                          : tr("%1 → %2").arg(n.fromMultiplicity).arg(n.toMultiplicity));
        item->setToolTip(InstancesColumn, n.instances.join(u", "_s));
        const auto detail = [item](const QString &text) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(NodeColumn, text);
            child->setToolTip(NodeColumn, text);
            child->setFirstColumnSpanned(true);
        };
        for (const QString &reason : n.reasons)
            detail(reason);
        for (const QString &input : n.changedInputs)
            detail(tr("input %1").arg(input));
        for (const QString &output : n.affectedOutputs)
            detail(tr("output %1").arg(output));
        item->setExpanded(n.action != UpdateAction::Unchanged);
    }
}

void UpdateDialog::showDiagram()
{
    removeDiagram();
    const std::optional<RunRecord> record = m_host.engine().run(m_run);
    Result<ModuleVersion> target = m_plan ? m_catalog.version(m_plan->modulePath, m_plan->toVersion)
                                          : Result<ModuleVersion>(Error{QString()});
    if (record && target && target->module.kind == ModuleKind::Deployment) {
        // The nodes the target no longer has, where the run's version drew them.
        if (const Result<ModuleVersion> current = m_catalog.version(record->modulePath,
                                                                    record->moduleVersion)) {
            for (const Node &n : current->module.deployment.nodes) {
                const NodeUpdate *change = m_plan->node(n.name);
                if (change && change->action == UpdateAction::RemoveNode)
                    target->module.deployment.nodes << n;
            }
        }
        m_document = std::make_unique<Document>(m_catalog, *target);
    }
    if (!m_document)
        return; // a single-image run: the list says it all
    m_scene = new DeploymentScene(m_document.get(), nullptr);
    m_scene->setReadOnly(true);
    QHash<QString, QString> actions;
    for (const NodeUpdate &n : m_plan->nodes)
        actions.insert(n.node, updateActionName(n.action));
    m_scene->setUpdateActions(actions);
    auto *view = new DiagramView(m_scene, m_splitter);
    view->setObjectName(u"UpdateDiagram"_s);
    view->setMinimumWidth(360);
    m_diagramView = view;
    m_splitter->setSizes({480, 800});
    QMetaObject::invokeMethod(view, &DiagramView::fitAll, Qt::QueuedConnection);
}

Result<void> UpdateDialog::apply()
{
    if (!m_plan)
        return Error{m_message->text()};
    Result<void> started = m_host.engine().update(m_run, *m_plan, m_batch->value());
    if (!started) {
        m_message->setText(started.errorMessage());
        m_message->setStyleSheet(u"color: #d03a2f"_s);
        return started;
    }
    accept();
    return {};
}

} // namespace Slipway
