#include "runlistmodel.h"

#include "core/run/runengine.h"
#include "ui/runs/nodetext.h"
#include "ui/runs/runstatecolours.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return RunListModel::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return RunListModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return RunListModel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &RunListModel::tick);
}

QStringList RunListModel::cloudsOf(const RunRecord &run)
{
    QStringList clouds;
    for (const QJsonValue &node : run.plan.value(u"nodes"_s).toArray()) {
        const QString cloud = node.toObject().value(u"cloud"_s).toString();
        if (!cloud.isEmpty() && !clouds.contains(cloud))
            clouds << cloud;
    }
    return clouds;
}

QStringList RunListModel::tagsOf(const RunRecord &run)
{
    QStringList tags;
    for (const QJsonValue &tag : run.plan.value(u"tags"_s).toArray())
        tags << tag.toString();
    return tags;
}

QString RunListModel::healthOf(const RunRecord &run, int *unhealthy)
{
    if (unhealthy)
        *unhealthy = 0;
    if (!isLive(run))
        return {};
    const QJsonObject health = run.plan.value(u"health"_s).toObject();
    QSet<QString> checkedNodes;
    for (const QJsonValue &node : run.plan.value(u"nodes"_s).toArray())
        if (node.toObject().contains(u"health"_s))
            checkedNodes.insert(node.toObject().value(u"name"_s).toString());
    if (checkedNodes.isEmpty())
        return {};
    int bad = 0;
    bool unknown = health.isEmpty();
    for (auto it = health.constBegin(); it != health.constEnd(); ++it) {
        if (it.value().toString() == u"unhealthy")
            ++bad;
        else if (it.value().toString() != u"healthy")
            unknown = true;
    }
    if (unhealthy)
        *unhealthy = bad;
    return bad > 0 ? u"unhealthy"_s : unknown ? u"unknown"_s : u"healthy"_s;
}

bool RunListModel::isLive(const RunRecord &run)
{
    return !RunState::isFinal(run.state) && !run.terminated;
}

void RunListModel::setRuns(const QList<RunRecord> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
    tick();
}

void RunListModel::setEngine(RunEngine *engine)
{
    if (m_engine)
        disconnect(m_engine, nullptr, this, nullptr);
    m_engine = engine;
    if (!engine)
        return;
    connect(engine, &RunEngine::runStateChanged, this, [this](const QString &run) { refresh(run); });
    connect(engine, &RunEngine::runSettled, this, &RunListModel::refresh);
    connect(engine, &RunEngine::runTagsChanged, this, &RunListModel::refresh);
    connect(engine, &RunEngine::instanceChanged, this, [this](const InstanceRecord &instance) {
        // A run launched elsewhere shows up with its first instance; a health check's result
        // is told as a change of its instance.
        const int row = rowOf(instance.run);
        if (row < 0) {
            refresh(instance.run);
            return;
        }
        const std::optional<RunRecord> now = m_engine->run(instance.run);
        if (now && now->plan.value(u"health"_s) != m_runs.at(row).plan.value(u"health"_s))
            updateRun(*now);
    });
    setRuns(engine->runs());
}

void RunListModel::refresh(const QString &run)
{
    if (!m_engine)
        return;
    if (const std::optional<RunRecord> record = m_engine->run(run))
        updateRun(*record);
}

void RunListModel::updateRun(const RunRecord &run)
{
    const int row = rowOf(run.id);
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_runs.prepend(run);
        endInsertRows();
    } else {
        m_runs[row] = run;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    tick();
}

int RunListModel::rowOf(const QString &run) const
{
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs.at(row).id == run)
            return row;
    return -1;
}

void RunListModel::tick()
{
    bool anyLive = false;
    for (int row = 0; row < m_runs.size(); ++row) {
        if (isLive(m_runs.at(row))) {
            anyLive = true;
            Q_EMIT dataChanged(index(row, DurationColumn), index(row, DurationColumn));
        }
    }
    if (anyLive && !m_ticker.isActive())
        m_ticker.start();
    else if (!anyLive)
        m_ticker.stop();
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &run = m_runs.at(index.row());
    switch (role) {
    case IdRole:
        return run.id;
    case StateRole:
        return run.state;
    case ModuleRole:
        return run.modulePath;
    case CloudsRole:
        return cloudsOf(run);
    case TagsRole:
        return tagsOf(run);
    case HealthRole:
        return healthOf(run);
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return runStateColour(run.state);
        if (index.column() == HealthColumn) {
            const QString health = healthOf(run);
            return health.isEmpty() ? QVariant() : QVariant(healthColour(health));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !run.abortReason.isEmpty())
            return plainToolTip(run.abortReason);
        // Where the module came from: a team catalog's name and URL.
        if (index.column() == ModuleColumn && !run.catalog.isEmpty())
            return plainToolTip(tr("From the team catalog %1").arg(run.catalog));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case IdColumn:
        return run.id;
    case StateColumn:
        return run.terminated && !RunState::isFinal(run.state)
                   ? tr("%1 (terminated)").arg(run.state)
                   : run.state;
    case ModuleColumn:
        return tr("%1 v%2").arg(run.modulePath).arg(run.moduleVersion);
    case CloudColumn:
        return cloudsOf(run).join(u", "_s);
    case TagsColumn:
        return tagsOf(run).join(u", "_s);
    case StartedColumn:
        return QLocale().toString(run.createdAt.toLocalTime(), QLocale::ShortFormat);
    case DurationColumn: {
        const QDateTime end = run.finishedAt.isValid() ? run.finishedAt
                                                       : QDateTime::currentDateTimeUtc();
        return durationText(std::max<qint64>(0, run.createdAt.secsTo(end)));
    }
    case HealthColumn: {
        int unhealthy = 0;
        const QString health = healthOf(run, &unhealthy);
        if (health == u"unhealthy")
            return tr("%n unhealthy", nullptr, unhealthy);
        return health.isEmpty() ? QString() : healthText(health);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("Run");
    case StateColumn:
        return tr("State");
    case ModuleColumn:
        return tr("Module");
    case CloudColumn:
        return tr("Cloud");
    case TagsColumn:
        return tr("Tags");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case HealthColumn:
        return tr("Health");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Slipway
