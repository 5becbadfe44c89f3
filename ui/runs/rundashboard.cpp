#include "rundashboard.h"

#include "core/broker/parameterkey.h"
#include "core/broker/runtimeparameterstore.h"
#include "core/run/runhost.h"
#include "ui/runs/applicationrunhost.h"
#include "ui/runs/runfiltermodel.h"
#include "ui/runs/runlistmodel.h"
#include "ui/runs/runtags.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

RunDashboard::RunDashboard(ApplicationRunHost *runs, QWidget *parent)
    : QWidget(parent)
    , m_runs(runs)
    , m_model(new RunListModel(this))
    , m_filter(new RunFilterModel(this))
{
    setObjectName(u"RunDashboard"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *filters = new QHBoxLayout;
    layout->addLayout(filters);

    m_state = new QComboBox(this);
    m_state->setObjectName(u"RunStateFilter"_s);
    m_state->addItem(tr("All states"), QString());
    for (QStringView state : {RunState::Initializing,
                              RunState::Provisioning,
                              RunState::Executing,
                              RunState::SendingReports,
                              RunState::Ready,
                              RunState::Finalizing,
                              RunState::Done,
                              RunState::Cancelled,
                              RunState::Aborted})
        m_state->addItem(state.toString(), state.toString());
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);

    m_module = new QLineEdit(this);
    m_module->setObjectName(u"RunModuleFilter"_s);
    m_module->setPlaceholderText(tr("Module contains…"));
    m_module->setClearButtonEnabled(true);
    filters->addWidget(m_module, 1);

    m_cloud = new QComboBox(this);
    m_cloud->setObjectName(u"RunCloudFilter"_s);
    auto *cloudLabel = new QLabel(tr("&Cloud:"), this);
    cloudLabel->setBuddy(m_cloud);
    filters->addWidget(cloudLabel);
    filters->addWidget(m_cloud);

    m_tag = new QComboBox(this);
    m_tag->setObjectName(u"RunTagFilter"_s);
    auto *tagLabel = new QLabel(tr("T&ag:"), this);
    tagLabel->setBuddy(m_tag);
    filters->addWidget(tagLabel);
    filters->addWidget(m_tag);
    m_editTags = new QPushButton(tr("Edit &Tags…"), this);
    m_editTags->setObjectName(u"EditRunTags"_s);
    m_editTags->setToolTip(tr("Change the tags of the selected run"));
    m_editTags->setEnabled(false);
    filters->addWidget(m_editTags);

    m_filter->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(u"RunTable"_s);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false); // newest first, as the model keeps them
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(RunListModel::ModuleColumn, 260);
    layout->addWidget(m_view);
    m_service = new QLabel(this);
    m_service->setObjectName(u"RunServiceLink"_s);
    m_service->setOpenExternalLinks(true);
    m_service->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_service->hide();
    layout->addWidget(m_service);

    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStateFilter(m_state->currentData().toString());
    });
    connect(m_module, &QLineEdit::textChanged, m_filter, &RunFilterModel::setModuleFilter);
    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setCloudFilter(m_cloud->currentData().toString());
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setTagFilter(m_tag->currentData().toString());
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT runActivated(index.data(RunListModel::IdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunDashboard::updateCloudChoices);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunDashboard::updateCloudChoices);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RunDashboard::updateTagChoices);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunDashboard::updateTagChoices);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RunDashboard::updateTagChoices);
    connect(m_runs, &ApplicationRunHost::started, this, &RunDashboard::reload);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &RunDashboard::updateServiceLink);
    const auto updateEditTags = [this] {
        m_editTags->setEnabled(m_runs->host() && m_view->currentIndex().isValid());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateEditTags);
    connect(m_runs, &ApplicationRunHost::started, this, updateEditTags);
    connect(m_editTags, &QPushButton::clicked, this, [this] {
        const QString run = m_view->currentIndex().data(RunListModel::IdRole).toString();
        RunHost *host = m_runs->host();
        if (run.isEmpty() || !host)
            return;
        QString error;
        if (!editRunTags(this, host->engine(), run, &error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Tags of Run %1").arg(run), error);
    });
    reload();
}

void RunDashboard::valueSet(const QString &run, const QString &key)
{
    Q_UNUSED(run);
    if (key == u"ss:url.service")
        updateServiceLink();
}

void RunDashboard::updateServiceLink()
{
    const QString run = m_view->currentIndex().data(RunListModel::IdRole).toString();
    RunHost *host = m_runs->host();
    QString value;
    if (host && !run.isEmpty() && host->store().hasRun(run)) {
        const ParameterStatus status
            = host->store().get(run, ParameterKey::parse(u"ss:url.service"_s).key, true);
        if (status.ok())
            value = status.value;
    }
    const QUrl url(value);
    const bool link = url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https");
    m_service->setText(tr("Service of run %1: %2")
                           .arg(run,
                                link ? u"<a href=\"%1\">%2</a>"_s
                                           .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                value.toHtmlEscaped())
                                     : value.toHtmlEscaped()));
    m_service->setVisible(!value.isEmpty());
}

void RunDashboard::reload()
{
    if (RunHost *host = m_runs->host()) {
        m_model->setEngine(&host->engine());
        // A service URL published later shows when its run is the selected one.
        connect(&host->store(),
                &RuntimeParameterStore::valueSet,
                this,
                &RunDashboard::valueSet,
                Qt::UniqueConnection);
        return;
    }
    RunRecords records;
    if (records.open(m_runs->catalogFile()))
        m_model->setRuns(records.runs());
}

void RunDashboard::updateTagChoices()
{
    QStringList tags;
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (const QString &tag : RunListModel::tagsOf(m_model->runAt(row)))
            if (!tags.contains(tag))
                tags << tag;
    tags.sort(Qt::CaseInsensitive);
    QStringList shown;
    for (int i = 1; i < m_tag->count(); ++i)
        shown << m_tag->itemData(i).toString();
    if (shown == tags && m_tag->count() > 0)
        return;
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString &tag : std::as_const(tags))
        m_tag->addItem(tag, tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(current)));
}

void RunDashboard::updateCloudChoices()
{
    QStringList clouds;
    for (const CloudConfig &cloud : m_runs->clouds().clouds())
        clouds << cloud.name;
    for (int row = 0; row < m_model->rowCount(); ++row)
        for (const QString &cloud : RunListModel::cloudsOf(m_model->runAt(row)))
            if (!clouds.contains(cloud))
                clouds << cloud;
    const QString current = m_cloud->currentData().toString();
    QStringList shown;
    for (int i = 1; i < m_cloud->count(); ++i)
        shown << m_cloud->itemData(i).toString();
    if (shown == clouds && m_cloud->count() > 0)
        return;
    const QSignalBlocker blocker(m_cloud);
    m_cloud->clear();
    m_cloud->addItem(tr("All clouds"), QString());
    for (const QString &cloud : std::as_const(clouds))
        m_cloud->addItem(cloud, cloud);
    m_cloud->setCurrentIndex(std::max(0, m_cloud->findData(current)));
}

} // namespace Slipway
