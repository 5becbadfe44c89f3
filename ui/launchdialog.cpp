#include "launchdialog.h"

#include "ui/baseimagemaker.h"
#include "ui/kindicons.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// Item data of a problem row: the index of its check problem, or -1 for validation.
constexpr int CheckIndexRole = Qt::UserRole + 1;

// A boolean as the module may spell it; nullopt when it is not one.
std::optional<bool> parseBoolean(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true" || t == u"yes" || t == u"on" || t == u"1")
        return true;
    if (t == u"false" || t == u"no" || t == u"off" || t == u"0")
        return false;
    return std::nullopt;
}

void markInvalid(QWidget *field, const QString &problem)
{
    field->setProperty("invalid", !problem.isEmpty());
    field->setToolTip(problem);
    field->setStyleSheet(problem.isEmpty() ? QString() : u"border: 1px solid #d03a2f"_s);
}

QIcon severityIcon(Severity severity)
{
    const bool error = severity == Severity::Error;
    return QIcon::fromTheme(error ? u"dialog-error"_s : u"dialog-warning"_s,
                            QApplication::style()->standardIcon(
                                error ? QStyle::SP_MessageBoxCritical
                                      : QStyle::SP_MessageBoxWarning));
}

} // namespace

LaunchDialog::LaunchDialog(const Module &module,
                           ModuleLookup lookup,
                           const QList<CloudConfig> &clouds,
                           QWidget *parent)
    : QDialog(parent)
    , m_module(module)
    , m_lookup(std::move(lookup))
    , m_defaultCloud(new QComboBox(this))
    , m_nodes(new QTableWidget(this))
    , m_inputs(new QTableWidget(this))
    , m_keepRunning(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_problems(new QListWidget(this))
    , m_launchAnyway(new QCheckBox(tr("Launch &anyway"), this))
    , m_launch(nullptr)
{
    setObjectName(u"LaunchDialog"_s);
    setWindowTitle(tr("Launch %1").arg(module.path));

    if (module.kind == ModuleKind::Image) {
        Node node;
        node.name = kSingleImageNode.toString();
        node.image = module.path;
        m_moduleNodes = {node};
    } else {
        m_moduleNodes = module.deployment.nodes;
    }
    for (const Node &node : std::as_const(m_moduleNodes)) {
        const std::optional<Module> image = module.kind == ModuleKind::Image
                                                ? std::optional<Module>(module)
                                                : m_lookup(node.image, node.imageVersion);
        if (!image)
            continue;
        Result<EffectiveImage> effective = effectiveImage(*image, m_lookup);
        if (effective)
            m_images.insert(node.name, std::move(*effective));
    }

    // Run-wide choices.
    m_defaultCloud->setObjectName(u"DefaultCloud"_s);
    for (const CloudConfig &cloud : clouds)
        m_defaultCloud->addItem(cloud.name, cloud.name);
    if (m_defaultCloud->count() == 0)
        m_defaultCloud->addItem(CloudConfig::local().name, CloudConfig::local().name);
    m_keepRunning->setObjectName(u"KeepRunning"_s);
    m_keepRunning->addItem(tr("On success"), int(KeepRunning::OnSuccess));
    m_keepRunning->addItem(tr("On error"), int(KeepRunning::OnError));
    m_keepRunning->addItem(tr("Always"), int(KeepRunning::Always));
    m_keepRunning->addItem(tr("Never"), int(KeepRunning::Never));
    m_keepRunning->setToolTip(
        tr("Whether the machines keep running once the run is Ready or has failed."));
    m_tags->setObjectName(u"Tags"_s);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. test, team-a"));
    m_timeout->setObjectName(u"Timeout"_s);
    m_timeout->setRange(1, 24 * 60);
    m_timeout->setValue(LaunchOptions().timeoutSeconds / 60);
    m_timeout->setSuffix(tr(" min"));
    m_timeout->setToolTip(tr("The run is aborted when it is not Ready within this time."));

    auto *run = new QWidget(this);
    auto *form = new QFormLayout(run);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Default &cloud:"), m_defaultCloud);
    form->addRow(tr("&Keep running:"), m_keepRunning);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("T&imeout:"), m_timeout);

    buildNodes(clouds);
    buildInputs();

    auto *nodesBox = new QGroupBox(tr("Nodes"), this);
    auto *nodesLayout = new QVBoxLayout(nodesBox);
    nodesLayout->addWidget(m_nodes);
    auto *inputsBox = new QGroupBox(tr("Input parameters"), this);
    auto *inputsLayout = new QVBoxLayout(inputsBox);
    inputsLayout->addWidget(m_inputs);

    auto *checksBox = new QGroupBox(tr("Checks before launch"), this);
    auto *checksLayout = new QVBoxLayout(checksBox);
    m_summary->setObjectName(u"ChecksSummary"_s);
    m_summary->setWordWrap(true);
    m_problems->setObjectName(u"LaunchProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setToolTip(tr("Double-click a problem of a script to open it at its line."));
    m_launchAnyway->setObjectName(u"LaunchAnyway"_s);
    m_launchAnyway->setToolTip(
        tr("Launch although the recipe checks found errors: a script may wait for a value in a "
           "way the checks cannot follow."));
    checksLayout->addWidget(m_summary);
    checksLayout->addWidget(m_problems);
    checksLayout->addWidget(m_launchAnyway);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_launch = buttons->addButton(tr("&Launch"), QDialogButtonBox::AcceptRole);
    m_launch->setObjectName(u"LaunchButton"_s);
    m_launch->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!isLaunchBlocked())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(nodesBox);
    splitter->addWidget(inputsBox);
    splitter->addWidget(checksBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(2, 2); // the checks get the room: their messages are long

    // The local base image, when local nodes need it and it is missing.
    for (const CloudConfig &cloud : clouds) {
        if (cloud.kind == u"local") {
            m_localClouds << cloud.name;
            m_localExecutable = cloud.setting(u"executable"_s, u"podman"_s);
        }
    }
    if (clouds.isEmpty())
        m_localClouds << CloudConfig::local().name;
    m_baseImageBar = new QWidget(this);
    m_baseImageBar->setObjectName(u"BaseImageBar"_s);
    auto *baseLayout = new QHBoxLayout(m_baseImageBar);
    baseLayout->setContentsMargins(0, 0, 0, 0);
    m_baseImageLabel = new QLabel(m_baseImageBar);
    m_baseImageLabel->setWordWrap(true);
    m_baseImageLabel->setText(
        tr("The base image %1 is not in %2 yet: the local nodes start from it.")
            .arg(WelcomePage::localBaseImage(), m_localExecutable));
    m_baseImageProgress = new QProgressBar(m_baseImageBar);
    m_baseImageProgress->setObjectName(u"BaseImageProgress"_s);
    m_baseImageProgress->setRange(0, BaseImageMaker::kSteps);
    m_baseImageProgress->hide();
    m_makeBaseImage = new QPushButton(tr("&Make It…"), m_baseImageBar);
    m_makeBaseImage->setObjectName(u"MakeBaseImage"_s);
    m_makeBaseImage->setToolTip(tr("Bootstrap Debian 13 with mmdebstrap and import it (a few "
                                   "minutes, once)"));
    auto *warning = new QLabel(m_baseImageBar);
    warning->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
    baseLayout->addWidget(warning);
    baseLayout->addWidget(m_baseImageLabel, 1);
    baseLayout->addWidget(m_baseImageProgress);
    baseLayout->addWidget(m_makeBaseImage);
    m_baseImageBar->hide();
    connect(m_makeBaseImage, &QPushButton::clicked, this, &LaunchDialog::makeBaseImage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_baseImageBar);
    layout->addWidget(run);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_defaultCloud, &QComboBox::currentIndexChanged, this, [this] {
        // The nodes that follow the default show which cloud that is now.
        const QString name = m_defaultCloud->currentData().toString();
        for (int row = 0; row < m_nodes->rowCount(); ++row) {
            if (auto *box = qobject_cast<QComboBox *>(m_nodes->cellWidget(row, NodeCloudColumn)))
                box->setItemText(0, tr("Default (%1)").arg(name));
        }
        recheck();
    });
    connect(m_launchAnyway, &QCheckBox::toggled, this, &LaunchDialog::updateLaunchButton);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = item->data(CheckIndexRole).toInt();
        if (index >= 0 && index < m_flow.problems.size()
            && !m_flow.problems.at(index).locations.isEmpty())
            Q_EMIT scriptLocationActivated(m_flow.problems.at(index).locations.first());
    });

    recheck();
    checkBaseImage();
    resize(760, 680);
}

LaunchDialog::~LaunchDialog()
{
    // A look-up still running answers nobody: stopped before the widgets it updates go.
    if (m_baseImageCheck) {
        m_baseImageCheck->disconnect(this);
        m_baseImageCheck->kill();
        m_baseImageCheck->waitForFinished(1000);
        delete m_baseImageCheck;
    }
    delete m_maker;
}

void LaunchDialog::checkBaseImage()
{
    auto *process = new QProcess(this);
    m_baseImageCheck = process;
    connect(process,
            &QProcess::finished,
            this,
            [this, process](int exitCode, QProcess::ExitStatus status) {
                process->deleteLater();
                m_baseImagePresent = status == QProcess::NormalExit && exitCode == 0;
                updateBaseImageBar();
                Q_EMIT baseImageChecked(*m_baseImagePresent);
            });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        process->deleteLater();
        // No Podman at all: the launch says so; there is nothing to make the image into.
        m_baseImagePresent = true;
        updateBaseImageBar();
        Q_EMIT baseImageChecked(false);
    });
    process->start(m_localExecutable,
                   {u"image"_s,
                    u"inspect"_s,
                    u"--format"_s,
                    u"{{.Id}}"_s,
                    u"--"_s,
                    WelcomePage::localBaseImage()});
}

void LaunchDialog::updateBaseImageBar()
{
    const LaunchOptions chosen = options();
    bool local = m_localClouds.contains(chosen.defaultCloud);
    for (const Node &node : std::as_const(m_moduleNodes)) {
        const QString cloud = chosen.nodeClouds.value(node.name,
                                                      node.cloud.isEmpty() ? chosen.defaultCloud
                                                                           : node.cloud);
        local = local || m_localClouds.contains(cloud);
    }
    m_baseImageBar->setVisible(local && m_baseImagePresent == false);
}

void LaunchDialog::makeBaseImage()
{
    if (m_maker && m_maker->isRunning())
        return;
    delete m_maker;
    m_maker = new BaseImageMaker(m_localExecutable, WelcomePage::localBaseImage(), this);
    m_makeBaseImage->setEnabled(false);
    m_baseImageProgress->setValue(0);
    m_baseImageProgress->show();
    connect(m_maker,
            &BaseImageMaker::progress,
            this,
            [this](int done, int total, const QString &line) {
                m_baseImageProgress->setMaximum(total);
                m_baseImageProgress->setValue(done);
                m_baseImageLabel->setText(tr("Making the base image: %1").arg(line.left(100)));
            });
    connect(m_maker, &BaseImageMaker::finished, this, [this](bool ok, const QString &message) {
        m_baseImageProgress->hide();
        m_makeBaseImage->setEnabled(true);
        m_baseImageLabel->setText(message);
        if (ok) {
            m_baseImagePresent = true;
            updateBaseImageBar();
        }
    });
    m_maker->start();
}

void LaunchDialog::buildNodes(const QList<CloudConfig> &clouds)
{
    m_nodes->setObjectName(u"LaunchNodes"_s);
    m_nodes->setColumnCount(4);
    m_nodes->setHorizontalHeaderLabels({tr("Node"), tr("Image"), tr("Cloud"), tr("Instances")});
    m_nodes->verticalHeader()->hide();
    m_nodes->horizontalHeader()->setSectionResizeMode(NodeImageColumn, QHeaderView::Stretch);
    m_nodes->setSelectionMode(QAbstractItemView::NoSelection);
    m_nodes->setRowCount(int(m_moduleNodes.size()));
    const QString defaultCloud = m_defaultCloud->currentData().toString();
    for (int row = 0; row < m_moduleNodes.size(); ++row) {
        const Node &node = m_moduleNodes.at(row);
        auto *name = new QTableWidgetItem(node.name);
        name->setFlags(Qt::ItemIsEnabled);
        m_nodes->setItem(row, NodeNameColumn, name);
        auto *image = new QTableWidgetItem(node.image);
        image->setFlags(Qt::ItemIsEnabled);
        m_nodes->setItem(row, NodeImageColumn, image);

        auto *cloud = new QComboBox(m_nodes);
        cloud->setObjectName(u"Cloud:"_s + node.name);
        cloud->addItem(tr("Default (%1)").arg(defaultCloud), QString());
        for (const CloudConfig &c : clouds)
            cloud->addItem(c.name, c.name);
        if (!node.cloud.isEmpty()) {
            if (cloud->findData(node.cloud) < 0)
                cloud->addItem(node.cloud, node.cloud); // configured in the module, not here
            cloud->setCurrentIndex(cloud->findData(node.cloud));
        }
        m_nodes->setCellWidget(row, NodeCloudColumn, cloud);
        connect(cloud, &QComboBox::currentIndexChanged, this, &LaunchDialog::recheck);

        auto *instances = new QSpinBox(m_nodes);
        instances->setObjectName(u"Instances:"_s + node.name);
        instances->setRange(1, ParameterKey::MaxIndex);
        instances->setValue(std::max(1, node.multiplicity));
        // A single-image run has exactly one machine.
        instances->setEnabled(m_module.kind == ModuleKind::Deployment);
        m_nodes->setCellWidget(row, NodeInstancesColumn, instances);
        connect(instances, &QSpinBox::valueChanged, this, &LaunchDialog::recheck);
    }
    m_nodes->resizeColumnToContents(NodeNameColumn);
    m_nodes->resizeColumnToContents(NodeCloudColumn);
}

void LaunchDialog::buildInputs()
{
    m_inputs->setObjectName(u"LaunchInputs"_s);
    m_inputs->setColumnCount(4);
    m_inputs->setHorizontalHeaderLabels(
        {tr("Node"), tr("Parameter"), tr("Value"), tr("Description")});
    m_inputs->verticalHeader()->hide();
    m_inputs->horizontalHeader()->setSectionResizeMode(InputDescriptionColumn, QHeaderView::Stretch);
    m_inputs->setSelectionMode(QAbstractItemView::NoSelection);
    for (const Node &node : std::as_const(m_moduleNodes)) {
        const auto image = m_images.constFind(node.name);
        if (image == m_images.cend())
            continue;
        for (const Parameter &p : image->parameters) {
            if (p.category != ParameterCategory::Input)
                continue;
            const auto mapping = std::find_if(node.mappings.cbegin(),
                                              node.mappings.cend(),
                                              [&](const ParameterMapping &m) {
                                                  return m.input == p.name;
                                              });
            if (mapping != node.mappings.cend() && !mapping->literal)
                continue; // another node's output gives it
            InputRow row;
            row.node = node.name;
            row.parameter = p;
            row.initial = mapping != node.mappings.cend() ? mapping->value : p.defaultValue;
            const int r = m_inputs->rowCount();
            m_inputs->insertRow(r);
            auto *nodeItem = new QTableWidgetItem(node.name);
            nodeItem->setFlags(Qt::ItemIsEnabled);
            m_inputs->setItem(r, InputNodeColumn, nodeItem);
            auto *nameItem = new QTableWidgetItem(p.mandatory ? tr("%1 (required)").arg(p.name)
                                                              : p.name);
            nameItem->setFlags(Qt::ItemIsEnabled);
            m_inputs->setItem(r, InputNameColumn, nameItem);
            auto *description = new QTableWidgetItem(p.description);
            description->setFlags(Qt::ItemIsEnabled);
            description->setToolTip(p.description);
            m_inputs->setItem(r, InputDescriptionColumn, description);

            m_inputs->setCellWidget(r, InputValueColumn, makeInputWidget(row));
            m_inputRows << row;
        }
    }
    m_inputs->resizeColumnToContents(InputNodeColumn);
    m_inputs->resizeColumnToContents(InputNameColumn);
    m_inputs->setColumnWidth(InputValueColumn, 200);
    if (m_inputRows.isEmpty()) {
        m_inputs->setRowCount(1);
        auto *none = new QTableWidgetItem(tr("No input to give: every input is mapped."));
        none->setFlags(Qt::ItemIsEnabled);
        m_inputs->setSpan(0, 0, 1, 4);
        m_inputs->setItem(0, 0, none);
    }
}

QWidget *LaunchDialog::InputRow::widget() const
{
    if (choice)
        return choice;
    if (check)
        return check;
    return edit;
}

QString LaunchDialog::InputRow::value() const
{
    if (choice)
        return choice->currentData().toString();
    if (check) {
        // An untouched box keeps what the module says, also when that is not a boolean (the
        // dialog names the problem); a click makes it true or false.
        if (!touched && !parseBoolean(initial))
            return initial;
        if (!touched && parseBoolean(initial) == check->isChecked())
            return initial;
        return check->isChecked() ? u"true"_s : u"false"_s;
    }
    return edit->text();
}

QWidget *LaunchDialog::makeInputWidget(InputRow &row)
{
    const Parameter &p = row.parameter;
    const QString name = u"Input:"_s + row.node + u':' + p.name;
    if (p.type == ParameterType::Enum && !p.enumValues.isEmpty()) {
        row.choice = new QComboBox(m_inputs);
        row.choice->setObjectName(name);
        if (!p.mandatory || row.initial.isEmpty())
            row.choice->addItem(tr("(not set)"), QString());
        for (const QString &value : p.enumValues)
            row.choice->addItem(value, value);
        if (!row.initial.isEmpty() && row.choice->findData(row.initial) < 0)
            row.choice->addItem(row.initial, row.initial); // shown, and named as a problem
        row.choice->setCurrentIndex(std::max(0, row.choice->findData(row.initial)));
        connect(row.choice, &QComboBox::currentIndexChanged, this, &LaunchDialog::recheck);
        return row.choice;
    }
    if (p.type == ParameterType::Boolean) {
        row.check = new QCheckBox(m_inputs);
        row.check->setObjectName(name);
        row.check->setChecked(parseBoolean(row.initial).value_or(false));
        // The value the run gets, beside the box.
        QCheckBox *check = row.check;
        const auto label = [check] {
            check->setText(check->isChecked() ? u"true"_s : u"false"_s);
        };
        label();
        if (!row.initial.isEmpty() && !parseBoolean(row.initial))
            check->setText(row.initial); // what the module says, named as a problem
        connect(row.check, &QCheckBox::toggled, row.check, label);
        const QString rowNode = row.node, rowName = p.name;
        connect(row.check, &QCheckBox::clicked, this, [this, rowNode, rowName] {
            for (InputRow &r : m_inputRows) {
                if (r.node == rowNode && r.name() == rowName)
                    r.touched = true;
            }
            recheck();
        });
        return row.check;
    }
    row.edit = new QLineEdit(row.initial, m_inputs);
    row.edit->setObjectName(name);
    row.edit->setFrame(false);
    if (p.type == ParameterType::Password) {
        // Hidden as it is typed; the eye shows it on demand.
        row.edit->setEchoMode(QLineEdit::Password);
        QAction *reveal = row.edit->addAction(actionIcon(u"view-visible"_s),
                                              QLineEdit::TrailingPosition);
        reveal->setObjectName(u"Reveal"_s);
        reveal->setCheckable(true);
        reveal->setToolTip(tr("Show the password"));
        QLineEdit *edit = row.edit;
        connect(reveal, &QAction::toggled, edit, [edit](bool shown) {
            edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        });
    }
    connect(row.edit, &QLineEdit::textChanged, this, &LaunchDialog::recheck);
    return row.edit;
}

QList<Problem> LaunchDialog::inputProblems()
{
    QList<Problem> problems;
    for (const InputRow &row : std::as_const(m_inputRows)) {
        const Parameter &p = row.parameter;
        const QString value = row.value();
        QString message;
        if (p.type == ParameterType::Enum && !value.isEmpty() && !p.enumValues.contains(value))
            message = tr("%1 of %2 is \"%3\", which is not one of its values (%4)")
                          .arg(p.name, row.node, value, p.enumValues.join(u", "_s));
        else if (p.type == ParameterType::Boolean && !value.isEmpty() && !parseBoolean(value))
            message = tr("%1 of %2 is \"%3\", which is neither true nor false")
                          .arg(p.name, row.node, value);
        else if (p.mandatory && value.isEmpty())
            message = tr("%1 of %2 is required: give it a value").arg(p.name, row.node);
        markInvalid(row.widget(), message);
        // validate() already names a deployment's mandatory input that has no value at all.
        const bool validated = p.mandatory && value.isEmpty() && p.defaultValue.isEmpty()
                               && m_module.kind == ModuleKind::Deployment;
        if (!message.isEmpty() && !validated) {
            Problem problem;
            problem.severity = Severity::Error;
            problem.modulePath = m_module.path;
            problem.field = u"inputs["_s + row.node + u':' + p.name + u']';
            problem.message = message;
            problems << problem;
        }
    }
    return problems;
}

QComboBox *LaunchDialog::cloudBox(const QString &node) const
{
    for (int row = 0; row < m_nodes->rowCount(); ++row) {
        if (m_nodes->item(row, NodeNameColumn)->text() == node)
            return qobject_cast<QComboBox *>(m_nodes->cellWidget(row, NodeCloudColumn));
    }
    return nullptr;
}

QSpinBox *LaunchDialog::multiplicityBox(const QString &node) const
{
    for (int row = 0; row < m_nodes->rowCount(); ++row) {
        if (m_nodes->item(row, NodeNameColumn)->text() == node)
            return qobject_cast<QSpinBox *>(m_nodes->cellWidget(row, NodeInstancesColumn));
    }
    return nullptr;
}

QWidget *LaunchDialog::inputWidget(const QString &node, const QString &input) const
{
    for (const InputRow &row : m_inputRows) {
        if (row.node == node && row.name() == input)
            return row.widget();
    }
    return nullptr;
}

QLineEdit *LaunchDialog::inputEdit(const QString &node, const QString &input) const
{
    return qobject_cast<QLineEdit *>(inputWidget(node, input));
}

QString LaunchDialog::inputValue(const QString &node, const QString &input) const
{
    for (const InputRow &row : m_inputRows) {
        if (row.node == node && row.name() == input)
            return row.value();
    }
    return {};
}

LaunchOptions LaunchDialog::options() const
{
    LaunchOptions options;
    options.defaultCloud = m_defaultCloud->currentData().toString();
    for (int row = 0; row < m_moduleNodes.size(); ++row) {
        const Node &node = m_moduleNodes.at(row);
        const auto *cloud = qobject_cast<QComboBox *>(m_nodes->cellWidget(row, NodeCloudColumn));
        const QString chosen = cloud->currentData().toString();
        // "Default" on a node whose module names a cloud overrides it with the default.
        const QString effective = chosen.isEmpty() ? options.defaultCloud : chosen;
        if (chosen != node.cloud && !(chosen.isEmpty() && node.cloud.isEmpty()))
            options.nodeClouds.insert(node.name, effective);
        const auto *instances = qobject_cast<QSpinBox *>(
            m_nodes->cellWidget(row, NodeInstancesColumn));
        if (instances->isEnabled() && instances->value() != node.multiplicity)
            options.multiplicities.insert(node.name, instances->value());
    }
    for (const InputRow &row : m_inputRows) {
        if (row.value() != row.initial)
            options.parameters.insert(row.node + u':' + row.name(), row.value());
    }
    options.keepRunning = KeepRunning(m_keepRunning->currentData().toInt());
    for (const QString &tag : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !options.tags.contains(trimmed))
            options.tags << trimmed;
    }
    options.timeoutSeconds = m_timeout->value() * 60;
    return options;
}

void LaunchDialog::recheck()
{
    if (m_baseImageBar)
        updateBaseImageBar();
    const LaunchOptions chosen = options();
    FlowOptions flowOptions;
    flowOptions.atLaunch = true;
    flowOptions.multiplicities = chosen.multiplicities;
    for (const InputRow &row : std::as_const(m_inputRows)) {
        if (!row.value().isEmpty())
            flowOptions.givenInputs.insert(row.node + u':' + row.name());
    }
    m_flow = analyzeParameterFlow(m_module, m_lookup, flowOptions);

    // Validation as a launch makes it: with the chosen clouds, and the inputs given here as
    // the literal values they become.
    m_validation.clear();
    Module launched = m_module;
    for (Node &node : launched.deployment.nodes) {
        node.cloud = chosen.nodeClouds.value(node.name, node.cloud);
        for (const InputRow &row : std::as_const(m_inputRows)) {
            if (row.node != node.name)
                continue;
            node.mappings.removeIf([&](const ParameterMapping &m) { return m.input == row.name(); });
            if (!row.value().isEmpty())
                node.mappings << ParameterMapping{row.name(), row.value(), true};
        }
    }
    for (const Problem &p : inputProblems() + validate(launched, m_lookup, {chosen.defaultCloud})) {
        if (!m_validation.contains(p))
            m_validation << p;
    }

    // Errors first; the same message once (two nodes of one image share their warnings).
    struct Row
    {
        Severity severity;
        QString message;
        QString toolTip;
        int check; // index into m_flow.problems, or -1
    };
    QList<Row> rows;
    for (const Problem &p : std::as_const(m_validation))
        rows << Row{p.severity, p.message, p.modulePath + u' ' + p.field, -1};
    for (int i = 0; i < m_flow.problems.size(); ++i) {
        const CheckProblem &p = m_flow.problems.at(i);
        rows << Row{p.problem.severity,
                    p.problem.message,
                    p.locations.isEmpty() ? QString() : p.locations.first().toString(),
                    i};
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.severity == Severity::Error && b.severity != Severity::Error;
    });
    m_problems->clear();
    int errors = 0, warnings = 0;
    QSet<QString> shown;
    for (const Row &row : std::as_const(rows)) {
        if (shown.contains(row.message))
            continue;
        shown.insert(row.message);
        auto *item = new QListWidgetItem(severityIcon(row.severity), row.message, m_problems);
        item->setData(CheckIndexRole, row.check);
        item->setToolTip(row.toolTip);
        (row.severity == Severity::Error ? errors : warnings) += 1;
    }
    if (errors == 0 && warnings == 0)
        m_summary->setText(tr("No problem found: the recipes' ss-get and ss-set calls all meet."));
    else
        m_summary->setText(tr("%n error(s)", nullptr, errors) + u", "_s
                           + tr("%n warning(s)", nullptr, warnings));
    m_launchAnyway->setEnabled(m_flow.hasErrors());
    if (!m_flow.hasErrors())
        m_launchAnyway->setChecked(false);
    updateLaunchButton();
}

bool LaunchDialog::isLaunchBlocked() const
{
    const bool validationErrors = std::any_of(m_validation.cbegin(),
                                              m_validation.cend(),
                                              [](const Problem &p) {
                                                  return p.severity == Severity::Error;
                                              });
    if (validationErrors)
        return true;
    return m_flow.hasErrors() && !m_launchAnyway->isChecked();
}

void LaunchDialog::updateLaunchButton()
{
    if (m_launch)
        m_launch->setEnabled(!isLaunchBlocked());
}

} // namespace Slipway
