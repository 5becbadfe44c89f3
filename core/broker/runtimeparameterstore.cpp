#include "runtimeparameterstore.h"

#include "brokertoken.h"
#include "runtimeparameterreader.h"

#include "core/storage/database.h"
#include "core/storage/timestamp.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBrokerStore, "slipway.broker.store")

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RuntimeParameterStore", text);
}

// Stores mappings (source, target) of run with q; false at the first failure (q says why).
bool insertMappings(QSqlQuery &q,
                    const QString &run,
                    const QList<std::pair<QString, QString>> &mappings)
{
    q.prepare(u"INSERT OR IGNORE INTO runtime_mappings (run, source, target) VALUES (?, ?, ?)"_s);
    for (const auto &[source, target] : mappings) {
        q.addBindValue(run);
        q.addBindValue(source);
        q.addBindValue(target);
        if (!q.exec())
            return false;
    }
    return true;
}

ParameterStatus status(ParameterStatus::Code code, const QString &message = {})
{
    ParameterStatus s;
    s.code = code;
    s.message = message;
    return s;
}

ParameterStatus unknownRun(const QString &run)
{
    return status(ParameterStatus::Code::UnknownRun,
                  tr("There is no active run '%1'.").arg(run.left(80)));
}

QString instanceKey(const QString &instance, const QString &name)
{
    return instance + u':' + name;
}

QString reportKey(const QString &instance, const QString &name)
{
    return instance + u'\n' + name;
}

// Where a run keeps who raised its abort, beside ss:abort (a global nodes may read, not set).
const QString kAbortOriginKey = u"ss:abort.origin"_s;

// A revoked token's stored hash: no SHA-256 has this length, so no token matches it.
const QByteArray kRevokedToken = QByteArrayLiteral("revoked");

} // namespace

QString abortOriginName(AbortOrigin origin)
{
    switch (origin) {
    case AbortOrigin::Node:
        return u"node"_s;
    case AbortOrigin::User:
        return u"user"_s;
    case AbortOrigin::Timeout:
        return u"timeout"_s;
    case AbortOrigin::Slipway:
        break;
    }
    return u"slipway"_s;
}

std::optional<AbortOrigin> abortOriginFromName(const QString &name)
{
    for (AbortOrigin o :
         {AbortOrigin::Node, AbortOrigin::User, AbortOrigin::Timeout, AbortOrigin::Slipway}) {
        if (abortOriginName(o) == name)
            return o;
    }
    return std::nullopt;
}

const QStringList &RuntimeParameterStore::slipwayOnlyNames()
{
    static const QStringList names{u"hostname"_s,
                                   u"instanceid"_s,
                                   u"nodename"_s,
                                   u"id"_s,
                                   u"cloud"_s,
                                   u"image.id"_s,
                                   u"url.ssh"_s};
    return names;
}

const QStringList &RuntimeParameterStore::reservedInstanceNames()
{
    static const QStringList names{u"hostname"_s,
                                   u"instanceid"_s,
                                   u"statecustom"_s,
                                   u"complete"_s,
                                   u"abort"_s,
                                   u"url.ssh"_s,
                                   u"url.service"_s,
                                   u"nodename"_s,
                                   u"id"_s,
                                   u"cloud"_s,
                                   u"image.id"_s};
    return names;
}

const QStringList &RuntimeParameterStore::reservedGlobalNames()
{
    static const QStringList names{u"state"_s,
                                   u"abort"_s,
                                   u"abort.origin"_s,
                                   u"tags"_s,
                                   u"url.service"_s};
    return names;
}

RuntimeParameterStore::RuntimeParameterStore(QObject *parent)
    : QObject(parent)
{}

RuntimeParameterStore::~RuntimeParameterStore()
{
    flush();
    m_writer.reset();
}

QSqlDatabase RuntimeParameterStore::db() const
{
    return m_database ? m_database->connection() : QSqlDatabase();
}

bool RuntimeParameterStore::exec(const QString &sql, QString *error)
{
    QSqlQuery q(db());
    if (q.exec(sql))
        return true;
    if (error)
        *error = tr("The run database %1 failed: %2").arg(m_file, q.lastError().text());
    return false;
}

bool RuntimeParameterStore::open(const QString &databaseFile, QString *error)
{
    m_file = databaseFile;
    auto opened = Database::openFile(databaseFile);
    if (!opened) {
        if (error)
            *error = tr("Cannot open the run database %1: %2")
                         .arg(databaseFile, opened.errorMessage());
        return false;
    }
    m_database = std::move(*opened);
    if (!load(error))
        return false;
    m_writer = std::make_unique<RuntimeParameterWriter>(databaseFile, this, [this] {
        deliverCommitted();
    });
    return true;
}

bool RuntimeParameterStore::load(QString *error)
{
    m_runs.clear();
    QSqlQuery q(db());
    // Only the runs some node may still call: an ended run's tokens are all revoked. Past
    // runs are read when asked for (hasRun), so that a start does not grow with the history.
    if (!q.exec(u"SELECT DISTINCT run FROM runtime_instances WHERE length(token_hash) = 32"_s))
        return exec(u"SELECT 1 FROM runtime_instances"_s, error);
    QStringList active;
    while (q.next())
        active.append(q.value(0).toString());
    // Runs without instances (none yet) are kept going too.
    if (!q.exec(u"SELECT run FROM runtime_runs r WHERE NOT EXISTS (SELECT 1 FROM "
                "runtime_instances i WHERE i.run = r.run)"_s))
        return exec(u"SELECT 1 FROM runtime_runs"_s, error);
    while (q.next())
        active.append(q.value(0).toString());
    for (const QString &run : std::as_const(active)) {
        if (!loadRun(run))
            return exec(u"SELECT 1 FROM runtime_params"_s, error);
    }
    qCInfo(lcBrokerStore) << "loaded" << m_runs.size() << "active runs from" << m_file;
    return true;
}

bool RuntimeParameterStore::loadRun(const QString &run)
{
    QSqlQuery q(db());
    q.prepare(u"SELECT 1 FROM runtime_runs WHERE run = ?"_s);
    q.addBindValue(run);
    if (!q.exec() || !q.next())
        return false;
    Run r;
    q.prepare(u"SELECT instance, node, token_hash, live FROM runtime_instances WHERE run = ? "
              "ORDER BY position"_s);
    q.addBindValue(run);
    if (!q.exec())
        return false;
    bool anyToken = false;
    while (q.next()) {
        const QString instance = q.value(0).toString();
        const QByteArray hash = q.value(2).toByteArray();
        anyToken = anyToken || hash != kRevokedToken;
        r.instanceOrder.append(instance);
        r.instances.insert(instance, Instance{q.value(1).toString(), hash, q.value(3).toBool()});
    }
    r.ended = !r.instances.isEmpty() && !anyToken;
    q.prepare(u"SELECT key, value FROM runtime_params WHERE run = ?"_s);
    q.addBindValue(run);
    if (!q.exec())
        return false;
    while (q.next()) {
        const QVariant v = q.value(1);
        r.params.insert(q.value(0).toString(),
                        v.isNull() ? std::nullopt : std::optional<QString>(v.toString()));
    }
    q.prepare(u"SELECT source, target FROM runtime_mappings WHERE run = ?"_s);
    q.addBindValue(run);
    if (!q.exec())
        return false;
    while (q.next())
        r.mappings.insert(q.value(0).toString(), q.value(1).toString());
    q.prepare(u"SELECT instance, name, length(data) FROM runtime_reports WHERE run = ?"_s);
    q.addBindValue(run);
    if (!q.exec())
        return false;
    while (q.next())
        r.reportSizes.insert(reportKey(q.value(0).toString(), q.value(1).toString()),
                             q.value(2).toLongLong());
    m_runs.insert(run, std::move(r));
    m_runs[run].barrierSignalled = isBarrierReached(run);
    return true;
}

bool RuntimeParameterStore::hasRun(const QString &run)
{
    if (m_runs.contains(run))
        return true;
    if (!m_database || run.isEmpty())
        return false;
    flush();
    return loadRun(run);
}

bool RuntimeParameterStore::isStored(const QString &run) const
{
    if (m_runs.contains(run))
        return true;
    QSqlQuery q(db());
    q.prepare(u"SELECT 1 FROM runtime_runs WHERE run = ?"_s);
    q.addBindValue(run);
    return q.exec() && q.next();
}

bool RuntimeParameterStore::hasEnded(const QString &run) const
{
    const auto r = m_runs.constFind(run);
    return r != m_runs.cend() && r->ended;
}

void RuntimeParameterStore::endRun(const QString &run, Durable durable)
{
    const auto r = m_runs.find(run);
    if (r == m_runs.end()) {
        if (durable)
            durable(true);
        return;
    }
    const bool first = !r->ended;
    r->ended = true;
    // At once in memory: not one more call of a finished run's nodes is served.
    for (auto it = r->instances.begin(); it != r->instances.end(); ++it) {
        if (it->tokenHash == kRevokedToken)
            continue;
        it->tokenHash = kRevokedToken;
        m_pending.append(Write{Write::Kind::Token, run, it.key(), {}, kRevokedToken, {}, true});
    }
    if (first) {
        m_waitingForCommit.notices.append(Notice{Notice::Kind::Ended, run, {}, {}, {}});
        qCInfo(lcBrokerStore) << "run" << run << "ended: its tokens are revoked";
    }
    queue(Write{Write::Kind::Param, run, {}, {}, {}, {}, true}, std::move(durable));
}

RuntimeParameterStore::CreatedRun RuntimeParameterStore::createRun(const QString &run,
                                                                   const RunLayout &layout)
{
    CreatedRun created;
    if (run.isEmpty() || run.size() > 128 || run.contains(u'/')) {
        created.error = tr("'%1' is not a run id.").arg(run.left(80));
        return created;
    }
    if (m_runs.contains(run)) {
        created.error = tr("The run '%1' exists already.").arg(run);
        return created;
    }
    Run r;
    for (const NodeLayout &node : layout.nodes) {
        if (!ParameterKey::isValidNodeName(node.name) || node.name == u"ss") {
            created.error = tr("'%1' is not a node name.").arg(node.name);
            return created;
        }
        if (node.multiplicity < 0 || node.multiplicity > ParameterKey::MaxIndex) {
            created.error = tr("The node %1 has a bad multiplicity.").arg(node.name);
            return created;
        }
        QStringList ids;
        for (int i = 1; i <= node.multiplicity; ++i) {
            const QString instance = node.name + u'.' + QString::number(i);
            if (r.instances.contains(instance)) {
                created.error = tr("The node %1 appears twice.").arg(node.name);
                return created;
            }
            const QByteArray token = BrokerToken::generate();
            created.tokens.insert(instance, token);
            r.instanceOrder.append(instance);
            r.instances.insert(instance, Instance{node.name, BrokerToken::hash(token), true});
            ids.append(QString::number(i));
            for (const QString &name : reservedInstanceNames())
                r.params.insert(instanceKey(instance, name), std::nullopt);
            for (const QString &name : node.parameters) {
                if (!ParameterKey::isValidParameterName(name)
                    || ParameterKey::isNodeParameter(name)) {
                    created.error = tr("'%1' is not a parameter name.").arg(name);
                    return created;
                }
                r.params.insert(instanceKey(instance, name), std::nullopt);
            }
            for (auto d = node.defaults.cbegin(); d != node.defaults.cend(); ++d)
                r.params.insert(instanceKey(instance, d.key()), d.value());
            r.params.insert(instanceKey(instance, u"nodename"_s), node.name);
            r.params.insert(instanceKey(instance, u"id"_s), QString::number(i));
        }
        r.params.insert(node.name + u":multiplicity"_s, QString::number(node.multiplicity));
        r.params.insert(node.name + u":ids"_s, ids.join(u','));
    }
    for (const QString &name : reservedGlobalNames())
        r.params.insert(u"ss:"_s + name, std::nullopt);
    r.params.insert(u"ss:state"_s, u"Initializing"_s);
    r.params.insert(u"ss:tags"_s, layout.tags.join(u','));

    for (const OutputMapping &m : layout.mappings) {
        const auto source = ParameterKey::parse(m.source);
        if (!source.ok() || source.key.scope() != ParameterKey::Scope::Instance
            || !r.params.contains(source.key.toString())) {
            created.error = tr("The mapping source '%1' is not an instance parameter of this run.")
                                .arg(m.source);
            return created;
        }
        bool any = false;
        for (const QString &instance : std::as_const(r.instanceOrder)) {
            if (r.instances.value(instance).node != m.targetNode)
                continue;
            const QString target = instanceKey(instance, m.targetParameter);
            if (!r.params.contains(target)) {
                created.error = tr("The mapping target %1:%2 is not declared.")
                                    .arg(m.targetNode, m.targetParameter);
                return created;
            }
            r.mappings.insert(source.key.toString(), target);
            any = true;
        }
        if (!any && !layout.nodes.isEmpty()) {
            bool nodeExists = false;
            for (const NodeLayout &n : layout.nodes)
                nodeExists = nodeExists || (n.name == m.targetNode && n.multiplicity == 0);
            if (!nodeExists) {
                created.error = tr("The mapping target node %1 does not exist.").arg(m.targetNode);
                return created;
            }
        }
    }

    // An output's default is its value from the start, so the inputs mapped to it have it too
    // (as in SlipStream): a node waiting on such an input must not wait for an ss-set.
    for (auto it = r.mappings.cbegin(); it != r.mappings.cend(); ++it) {
        if (const std::optional<QString> value = r.params.value(it.key()); value)
            r.params.insert(it.value(), value);
    }

    // A run is created in one transaction, durable before its tokens are handed out.
    flush();
    QSqlDatabase db = this->db();
    QString error;
    auto fail = [&](const QSqlQuery &q) {
        created.tokens.clear();
        created.error = tr("Cannot store the run %1: %2").arg(run, q.lastError().text());
        db.rollback();
        return created;
    };
    if (!db.transaction()) {
        created.tokens.clear();
        created.error = tr("Cannot store the run %1: %2").arg(run, db.lastError().text());
        return created;
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO runtime_runs (run, created) VALUES (?, ?)"_s);
    q.addBindValue(run);
    q.addBindValue(timestampText(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return fail(q);
    q.prepare(u"INSERT INTO runtime_instances (run, instance, node, position, token_hash, live) "
              "VALUES (?, ?, ?, ?, ?, 1)"_s);
    for (qsizetype i = 0; i < r.instanceOrder.size(); ++i) {
        const QString &instance = r.instanceOrder.at(i);
        q.addBindValue(run);
        q.addBindValue(instance);
        q.addBindValue(r.instances.value(instance).node);
        q.addBindValue(i);
        q.addBindValue(r.instances.value(instance).tokenHash);
        if (!q.exec())
            return fail(q);
    }
    q.prepare(u"INSERT INTO runtime_params (run, key, value) VALUES (?, ?, ?)"_s);
    for (auto it = r.params.cbegin(); it != r.params.cend(); ++it) {
        q.addBindValue(run);
        q.addBindValue(it.key());
        q.addBindValue(it.value() ? QVariant(*it.value())
                                  : QVariant(QMetaType::fromType<QString>()));
        if (!q.exec())
            return fail(q);
    }
    q.prepare(u"INSERT OR IGNORE INTO runtime_mappings (run, source, target) VALUES (?, ?, ?)"_s);
    for (auto it = r.mappings.cbegin(); it != r.mappings.cend(); ++it) {
        q.addBindValue(run);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return fail(q);
    }
    if (!db.commit())
        return fail(q);
    m_runs.insert(run, std::move(r));
    qCInfo(lcBrokerStore) << "created run" << run << "with" << created.tokens.size() << "instances";
    return created;
}

void RuntimeParameterStore::removeRun(const QString &run)
{
    m_runs.remove(run);
    flush();
    QSqlQuery q(db());
    q.prepare(u"DELETE FROM runtime_runs WHERE run = ?"_s);
    q.addBindValue(run);
    if (!q.exec())
        qCWarning(lcBrokerStore) << "cannot remove run" << run << q.lastError().text();
}

bool RuntimeParameterStore::hasNode(const QString &run, const QString &node) const
{
    const auto r = m_runs.constFind(run);
    return r != m_runs.cend() && r->params.contains(node + u":multiplicity"_s);
}

RuntimeParameterStore::CreatedRun RuntimeParameterStore::addInstances(
    const QString &run,
    const NodeLayout &node,
    int count,
    const QList<OutputMapping> &extraMappings,
    bool newNode)
{
    CreatedRun created;
    const auto r = m_runs.find(run);
    if (r == m_runs.end()) {
        created.error = unknownRun(run).message;
        return created;
    }
    if (!r->params.contains(node.name + u":multiplicity"_s)) {
        if (!newNode) {
            created.error = tr("The run has no node %1.").arg(node.name);
            return created;
        }
        if (!ParameterKey::isValidNodeName(node.name) || node.name == u"ss") {
            created.error = tr("'%1' is not a node name.").arg(node.name);
            return created;
        }
    }
    int highest = 0;
    for (const QString &instance : std::as_const(r->instanceOrder)) {
        if (r->instances.value(instance).node == node.name)
            highest = std::max(highest, instance.section(u'.', -1).toInt());
    }
    if (count < 1 || highest + count > ParameterKey::MaxIndex) {
        created.error = tr("The node %1 cannot get %2 more instances.").arg(node.name).arg(count);
        return created;
    }
    for (const QString &name : node.parameters) {
        if (!ParameterKey::isValidParameterName(name) || ParameterKey::isNodeParameter(name)) {
            created.error = tr("'%1' is not a parameter name.").arg(name);
            return created;
        }
    }

    // What the new instances get: parameters, mappings into them, tokens.
    QHash<QString, QByteArray> hashes;
    QList<std::pair<QString, std::optional<QString>>> params;
    QList<std::pair<QString, QString>> mappings;
    QSet<std::pair<QString, QString>> mappedInputs; // (source, parameter) into this node
    // An input that `extraMappings` feeds takes its source from there only.
    QSet<QString> given;
    for (const OutputMapping &m : extraMappings)
        if (m.targetNode == node.name)
            given.insert(m.targetParameter);
    for (auto it = r->mappings.cbegin(); it != r->mappings.cend(); ++it) {
        const QString targetInstance = it.value().section(u':', 0, 0);
        if (r->instances.value(targetInstance).node == node.name
            && !given.contains(it.value().section(u':', 1)))
            mappedInputs.insert({it.key(), it.value().section(u':', 1)});
    }
    for (const OutputMapping &m : extraMappings) {
        const auto source = ParameterKey::parse(m.source);
        if (m.targetNode != node.name)
            continue;
        if (!source.ok() || source.key.scope() != ParameterKey::Scope::Instance
            || !r->params.contains(source.key.toString())) {
            created.error = tr("The mapping source '%1' is not an instance parameter of this run.")
                                .arg(m.source);
            return created;
        }
        if (!node.parameters.contains(m.targetParameter)) {
            created.error = tr("The mapping target %1:%2 is not declared.")
                                .arg(m.targetNode, m.targetParameter);
            return created;
        }
        mappedInputs.insert({source.key.toString(), m.targetParameter});
    }
    for (int i = highest + 1; i <= highest + count; ++i) {
        const QString instance = node.name + u'.' + QString::number(i);
        const QByteArray token = BrokerToken::generate();
        created.tokens.insert(instance, token);
        hashes.insert(instance, BrokerToken::hash(token));
        for (const QString &name : reservedInstanceNames())
            params.append({instanceKey(instance, name), std::nullopt});
        for (const QString &name : node.parameters)
            params.append({instanceKey(instance, name), std::nullopt});
        for (auto d = node.defaults.cbegin(); d != node.defaults.cend(); ++d)
            params.append({instanceKey(instance, d.key()), d.value()});
        params.append({instanceKey(instance, u"nodename"_s), node.name});
        params.append({instanceKey(instance, u"id"_s), QString::number(i)});
        for (const auto &[source, parameter] : std::as_const(mappedInputs)) {
            mappings.append({source, instanceKey(instance, parameter)});
            const std::optional<QString> value = r->params.value(source);
            if (value)
                params.append({instanceKey(instance, parameter), value});
        }
    }

    flush();
    QSqlDatabase db = this->db();
    QSqlQuery q(db);
    const auto fail = [&](const QString &why) {
        db.rollback();
        created.tokens.clear();
        created.error = tr("Cannot store the new instances of %1: %2").arg(node.name, why);
        return created;
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    q.prepare(u"INSERT OR REPLACE INTO runtime_instances (run, instance, node, position, "
              "token_hash, live) VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM "
              "runtime_instances WHERE run = ?), ?, 1)"_s);
    for (int i = highest + 1; i <= highest + count; ++i) {
        const QString instance = node.name + u'.' + QString::number(i);
        q.addBindValue(run);
        q.addBindValue(instance);
        q.addBindValue(node.name);
        q.addBindValue(run);
        q.addBindValue(hashes.value(instance));
        if (!q.exec())
            return fail(q.lastError().text());
    }
    q.prepare(u"INSERT OR REPLACE INTO runtime_params (run, key, value) VALUES (?, ?, ?)"_s);
    for (const auto &[key, value] : std::as_const(params)) {
        q.addBindValue(run);
        q.addBindValue(key);
        q.addBindValue(value ? QVariant(*value) : QVariant(QMetaType::fromType<QString>()));
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (!insertMappings(q, run, mappings))
        return fail(q.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());

    for (int i = highest + 1; i <= highest + count; ++i) {
        const QString instance = node.name + u'.' + QString::number(i);
        r->instanceOrder.append(instance);
        r->instances.insert(instance, Instance{node.name, hashes.value(instance), true});
    }
    for (const auto &[key, value] : std::as_const(params))
        r->params.insert(key, value);
    for (const auto &[source, target] : std::as_const(mappings))
        r->mappings.insert(source, target);
    updateNodeIds(run, *r, node.name);
    qCInfo(lcBrokerStore) << "run" << run << "has" << count << "more instances of" << node.name;
    return created;
}

ParameterStatus RuntimeParameterStore::removeInstances(const QString &run,
                                                       const QStringList &instances)
{
    const auto r = m_runs.find(run);
    if (r == m_runs.end())
        return unknownRun(run);
    QSet<QString> nodes;
    for (const QString &instance : instances) {
        if (!r->instances.contains(instance))
            return status(ParameterStatus::Code::UnknownKey,
                          tr("The run has no instance %1.").arg(instance));
        nodes.insert(r->instances.value(instance).node);
    }
    flush();
    QSqlDatabase db = this->db();
    QSqlQuery q(db);
    const auto fail = [&](const QString &why) {
        db.rollback();
        return status(ParameterStatus::Code::StorageFailed,
                      tr("Cannot remove instances of the run %1: %2").arg(run, why));
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    for (const QString &instance : instances) {
        q.prepare(u"DELETE FROM runtime_instances WHERE run = ? AND instance = ?"_s);
        q.addBindValue(run);
        q.addBindValue(instance);
        if (!q.exec())
            return fail(q.lastError().text());
        q.prepare(u"DELETE FROM runtime_mappings WHERE run = ? AND substr(target, 1, ?) = ?"_s);
        q.addBindValue(run);
        q.addBindValue(instance.size() + 1);
        q.addBindValue(QString(instance + u':'));
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    for (const QString &instance : instances) {
        r->instanceOrder.removeAll(instance);
        r->instances.remove(instance);
        for (auto it = r->mappings.begin(); it != r->mappings.end();) {
            if (it.value().startsWith(instance + u':'))
                it = r->mappings.erase(it);
            else
                ++it;
        }
    }
    for (const QString &node : std::as_const(nodes))
        updateNodeIds(run, *r, node);
    qCInfo(lcBrokerStore) << "run" << run << "has" << instances.size() << "instances fewer";
    checkBarrier(run, *r);
    return {};
}

void RuntimeParameterStore::updateNodeIds(const QString &run, Run &r, const QString &node)
{
    QList<int> ids;
    for (const QString &instance : std::as_const(r.instanceOrder)) {
        if (r.instances.value(instance).node == node)
            ids.append(instance.section(u'.', -1).toInt());
    }
    std::sort(ids.begin(), ids.end());
    QStringList text;
    for (int id : std::as_const(ids))
        text.append(QString::number(id));
    storeValue(run, r, node + u":multiplicity"_s, QString::number(ids.size()));
    storeValue(run, r, node + u":ids"_s, text.join(u','));
    queue(Write{Write::Kind::Param, run, {}, {}, {}, {}, true}, {});
    flush();
}

QStringList RuntimeParameterStore::instances(const QString &run) const
{
    return m_runs.value(run).instanceOrder;
}

QStringList RuntimeParameterStore::instancesOf(const QString &run, const QString &node) const
{
    QStringList result;
    const auto it = m_runs.constFind(run);
    if (it == m_runs.cend())
        return result;
    for (const QString &instance : it->instanceOrder) {
        if (it->instances.value(instance).node == node)
            result.append(instance);
    }
    return result;
}

QStringList RuntimeParameterStore::mappingsInto(const QString &run, const QString &node) const
{
    QStringList result;
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend())
        return result;
    for (auto it = r->mappings.cbegin(); it != r->mappings.cend(); ++it) {
        const QString target = it.value();
        if (r->instances.value(target.section(u':', 0, 0)).node == node)
            result.append(target.section(u':', 1) + u'=' + it.key());
    }
    result.removeDuplicates();
    result.sort();
    return result;
}

ParameterStatus RuntimeParameterStore::remapInputs(const QString &run,
                                                   const QStringList &instances,
                                                   const QStringList &inputs,
                                                   const QList<OutputMapping> &mappings)
{
    const auto r = m_runs.find(run);
    if (r == m_runs.end())
        return unknownRun(run);
    // (source, target key) pairs to add, and the targets whose old mappings go.
    QList<std::pair<QString, QString>> added;
    QSet<QString> remapped;
    QString node;
    for (const QString &instance : instances) {
        if (!r->instances.contains(instance))
            return status(ParameterStatus::Code::UnknownKey,
                          tr("The run has no instance %1.").arg(instance));
        node = r->instances.value(instance).node;
        for (const QString &input : inputs) {
            const QString target = instanceKey(instance, input);
            if (!r->params.contains(target))
                return status(ParameterStatus::Code::UnknownKey,
                              tr("The run has no parameter %1.").arg(target));
            remapped.insert(target);
        }
        for (const OutputMapping &m : mappings) {
            if (m.targetNode != node || !inputs.contains(m.targetParameter))
                continue;
            const auto source = ParameterKey::parse(m.source);
            if (!source.ok() || source.key.scope() != ParameterKey::Scope::Instance
                || !r->params.contains(source.key.toString()))
                return status(ParameterStatus::Code::UnknownKey,
                              tr("The mapping source '%1' is not an instance parameter of this "
                                 "run.")
                                  .arg(m.source));
            added.append({source.key.toString(), instanceKey(instance, m.targetParameter)});
        }
    }
    flush();
    QSqlDatabase db = this->db();
    QSqlQuery q(db);
    const auto fail = [&](const QString &why) {
        db.rollback();
        return status(ParameterStatus::Code::StorageFailed,
                      tr("Cannot change the mappings of %1: %2").arg(node, why));
    };
    if (!db.transaction())
        return fail(db.lastError().text());
    for (const QString &target : std::as_const(remapped)) {
        q.prepare(u"DELETE FROM runtime_mappings WHERE run = ? AND target = ?"_s);
        q.addBindValue(run);
        q.addBindValue(target);
        if (!q.exec())
            return fail(q.lastError().text());
    }
    if (!insertMappings(q, run, added))
        return fail(q.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    for (auto it = r->mappings.begin(); it != r->mappings.end();) {
        if (remapped.contains(it.value()))
            it = r->mappings.erase(it);
        else
            ++it;
    }
    for (const auto &[source, target] : std::as_const(added))
        r->mappings.insert(source, target);
    // The inputs take their new sources' values, written through as any value is.
    for (const QString &target : std::as_const(remapped)) {
        std::optional<QString> value;
        for (const auto &[source, t] : std::as_const(added))
            if (t == target)
                value = r->params.value(source);
        if (r->params.value(target) != value)
            storeValue(run, *r, target, value);
    }
    queue(Write{Write::Kind::Param, run, {}, {}, {}, {}, true}, {});
    flush();
    qCInfo(lcBrokerStore) << "run" << run << "maps" << inputs.join(u", "_s) << "of"
                          << instances.join(u", "_s) << "anew";
    return {};
}

bool RuntimeParameterStore::authenticate(const QString &run,
                                         const QString &instance,
                                         QByteArrayView token) const
{
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend() || token.isEmpty())
        return false;
    const auto i = r->instances.constFind(instance);
    if (i == r->instances.cend())
        return false;
    return BrokerToken::matches(token, i->tokenHash);
}

QByteArray RuntimeParameterStore::renewToken(const QString &run, const QString &instance)
{
    const auto r = m_runs.find(run);
    if (r == m_runs.end() || r->ended || !r->instances.contains(instance))
        return {};
    const QByteArray token = BrokerToken::generate();
    r->instances[instance].tokenHash = BrokerToken::hash(token);
    Write w{Write::Kind::Token, run, instance, std::nullopt, BrokerToken::hash(token), {}, true};
    queue(std::move(w), {});
    flush();
    return token;
}

std::optional<QString> RuntimeParameterStore::valueOf(const Run &r,
                                                      const QString &key,
                                                      bool committedOnly) const
{
    if (committedOnly) {
        const auto before = r.committedBefore.constFind(key);
        if (before != r.committedBefore.cend())
            return *before;
    }
    return r.params.value(key);
}

bool RuntimeParameterStore::isAborted(const Run &r, bool committedOnly) const
{
    const std::optional<QString> reason = valueOf(r, u"ss:abort"_s, committedOnly);
    return reason && !reason->isEmpty();
}

ParameterStatus RuntimeParameterStore::abortedStatus(const Run &r, bool committedOnly) const
{
    const QString reason = valueOf(r, u"ss:abort"_s, committedOnly).value_or(QString());
    ParameterStatus s = status(ParameterStatus::Code::Aborted,
                               tr("The run is aborted: %1").arg(reason));
    s.value = reason;
    return s;
}

ParameterStatus RuntimeParameterStore::rotateToken(const QString &run,
                                                   const QString &instance,
                                                   const QByteArray &newToken,
                                                   Durable durable)
{
    const auto r = m_runs.find(run);
    if (r == m_runs.end() || r->ended)
        return unknownRun(run);
    const auto i = r->instances.find(instance);
    if (i == r->instances.end())
        return status(ParameterStatus::Code::Forbidden, tr("%1 is not in this run.").arg(instance));
    // At least 256 bits of the node's own randomness, in characters that need no escaping.
    static const QByteArray allowed = QByteArrayLiteral(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    bool wellFormed = newToken.size() >= 43 && newToken.size() <= 256;
    for (char c : newToken)
        wellFormed = wellFormed && allowed.contains(c);
    if (!wellFormed)
        return status(ParameterStatus::Code::BadValue,
                      tr("A new token has 43 to 256 characters of A-Z, a-z, 0-9, - and _."));
    const QByteArray hash = BrokerToken::hash(newToken);
    if (BrokerToken::matches(newToken, i->tokenHash)) {
        if (durable)
            durable(true); // asked again after the answer was lost
        return {};
    }
    m_pending.append(Write{Write::Kind::Token, run, instance, {}, hash, {}, true});
    m_waitingForCommit.notices.append(Notice{Notice::Kind::TokenRotated, run, instance, {}, hash});
    queue(Write{Write::Kind::Param, run, {}, {}, {}, {}, true}, std::move(durable));
    return {};
}

ParameterStatus RuntimeParameterStore::get(const QString &run,
                                           const ParameterKey &key,
                                           bool ignoreAbort,
                                           bool committedOnly) const
{
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend())
        return unknownRun(run);
    if (!ignoreAbort && isAborted(*r, committedOnly))
        return abortedStatus(*r, committedOnly);
    const QString k = key.toString();
    if (!r->params.contains(k))
        return status(ParameterStatus::Code::UnknownKey, tr("The run has no parameter %1.").arg(k));
    const std::optional<QString> value = valueOf(*r, k, committedOnly);
    if (!value)
        return status(ParameterStatus::Code::NotSet, tr("%1 is not set yet.").arg(k));
    ParameterStatus s;
    s.value = *value;
    return s;
}

QList<std::pair<QString, std::optional<QString>>> RuntimeParameterStore::getAll(
    const QString &run,
    const QString &node,
    const QString &parameter,
    ParameterStatus *result,
    bool ignoreAbort,
    bool committedOnly) const
{
    QList<std::pair<QString, std::optional<QString>>> values;
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend()) {
        *result = unknownRun(run);
        return values;
    }
    if (!ignoreAbort && isAborted(*r, committedOnly)) {
        *result = abortedStatus(*r, committedOnly);
        return values;
    }
    for (const QString &instance : r->instanceOrder) {
        if (r->instances.value(instance).node != node)
            continue;
        const QString k = instanceKey(instance, parameter);
        if (!r->params.contains(k)) {
            *result = status(ParameterStatus::Code::UnknownKey,
                             tr("The node %1 has no parameter %2.").arg(node, parameter));
            return {};
        }
        values.append({instance, valueOf(*r, k, committedOnly)});
    }
    if (values.isEmpty() && !r->params.contains(node + u":multiplicity"_s)) {
        *result = status(ParameterStatus::Code::UnknownKey, tr("The run has no node %1.").arg(node));
        return values;
    }
    *result = ParameterStatus{};
    return values;
}

ParameterStatus RuntimeParameterStore::set(const QString &run,
                                           const ParameterKey &key,
                                           const QString &value,
                                           const QString &caller,
                                           bool ignoreAbort,
                                           Durable durable)
{
    const auto r = m_runs.find(run);
    if (r == m_runs.end())
        return unknownRun(run);
    const QString k = key.toString();
    if (!caller.isEmpty()) {
        // A node sets its own parameters, and the run's service URL: SlipStream's RStudio
        // appliance publishes it with `ss-set ss:url.service`.
        const bool serviceUrl = key.scope() == ParameterKey::Scope::Global
                                && key.name() == u"url.service";
        if (!serviceUrl
            && (key.scope() != ParameterKey::Scope::Instance || key.instance() != caller))
            return status(ParameterStatus::Code::Forbidden,
                          tr("%1 may not set %2: a node sets only its own parameters. Set an "
                             "output of %1's node and map it to that input in the deployment.")
                              .arg(caller, k));
        if (slipwayOnlyNames().contains(key.name()))
            return status(ParameterStatus::Code::Forbidden,
                          tr("%1 is set by Slipway, not by the node: read it with ss-get, "
                             "or publish your own value under another name.")
                              .arg(k));
    }
    if (!r->params.contains(k))
        return status(ParameterStatus::Code::UnknownKey,
                      tr("The run has no parameter %1: check the key, or declare the parameter "
                         "on the node.")
                          .arg(k));
    if (!caller.isEmpty() && !ignoreAbort && isAborted(*r, false))
        return abortedStatus(*r, false);
    // Characters, not UTF-16 units: a value of 4096 non-BMP characters is still accepted.
    qsizetype characters = 0;
    for (qsizetype i = 0; i < value.size(); ++i)
        characters += value.at(i).isLowSurrogate() ? 0 : 1;
    if (characters > MaxValueLength)
        return status(ParameterStatus::Code::TooLong,
                      tr("The value of %1 has %2 characters; at most %3 are allowed.")
                          .arg(k)
                          .arg(characters)
                          .arg(MaxValueLength));

    storeValue(run, *r, k, value);
    const QList<QString> targets = r->mappings.values(k);
    for (const QString &target : targets)
        storeValue(run, *r, target, value);
    queue(Write{Write::Kind::Param, run, {}, {}, {}, {}, true}, std::move(durable));

    if (key.scope() == ParameterKey::Scope::Instance && key.name() == u"abort" && !value.isEmpty())
        raise(run, caller, caller.isEmpty() ? AbortOrigin::Slipway : AbortOrigin::Node, value, {});
    // The barrier is looked at once the `complete` is committed.
    if (key.scope() == ParameterKey::Scope::Instance && key.name() == u"complete")
        m_waitingForCommit.notices.append(Notice{Notice::Kind::Barrier, run, {}, {}, {}});
    return {};
}

void RuntimeParameterStore::storeValue(const QString &run,
                                       Run &r,
                                       const QString &key,
                                       const std::optional<QString> &value)
{
    if (!r.uncommitted.contains(key))
        r.committedBefore.insert(key, r.params.value(key));
    ++r.uncommitted[key];
    r.params.insert(key, value);
    m_pending.append(Write{Write::Kind::Param, run, key, value, {}, {}, true});
    m_waitingForCommit.keys.append({run, key});
    if (value)
        m_waitingForCommit.notices.append(Notice{Notice::Kind::Value, run, key, *value, {}});
}

bool RuntimeParameterStore::isAborted(const QString &run) const
{
    const auto r = m_runs.constFind(run);
    return r != m_runs.cend() && isAborted(*r, false);
}

QString RuntimeParameterStore::abortReason(const QString &run) const
{
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend())
        return {};
    return r->params.value(u"ss:abort"_s).value_or(QString());
}

std::optional<AbortOrigin> RuntimeParameterStore::abortOrigin(const QString &run) const
{
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend() || !isAborted(*r, false))
        return std::nullopt;
    return abortOriginFromName(r->params.value(kAbortOriginKey).value_or(QString()));
}

ParameterStatus RuntimeParameterStore::abort(const QString &run,
                                             const QString &caller,
                                             const QString &reason,
                                             Durable durable)
{
    return raise(run,
                 caller,
                 caller.isEmpty() ? AbortOrigin::Slipway : AbortOrigin::Node,
                 reason,
                 std::move(durable));
}

ParameterStatus RuntimeParameterStore::raiseAbort(const QString &run,
                                                  AbortOrigin origin,
                                                  const QString &reason,
                                                  Durable durable)
{
    return raise(run, {}, origin, reason, std::move(durable));
}

ParameterStatus RuntimeParameterStore::raise(const QString &run,
                                             const QString &caller,
                                             AbortOrigin origin,
                                             const QString &reason,
                                             Durable durable)
{
    const auto r = m_runs.find(run);
    if (r == m_runs.end())
        return unknownRun(run);
    if (!caller.isEmpty() && !r->instances.contains(caller))
        return status(ParameterStatus::Code::Forbidden, tr("%1 is not in this run.").arg(caller));
    QString text = reason.trimmed().isEmpty()
                       ? (caller.isEmpty() ? tr("Aborted by Slipway.")
                                           : tr("Aborted by %1.").arg(caller))
                       : reason;
    if (text.size() > MaxValueLength)
        return status(ParameterStatus::Code::TooLong,
                      tr("The abort reason is longer than %1 characters.").arg(MaxValueLength));
    if (!caller.isEmpty() && !r->params.value(instanceKey(caller, u"abort"_s)).has_value())
        storeValue(run, *r, instanceKey(caller, u"abort"_s), text);
    const bool first = !isAborted(*r, false);
    if (first)
        storeValue(run, *r, u"ss:abort"_s, text);
    // The origin: the first one's, unless a node raised it and the user, the timeout or
    // Slipway now does too, which no node may then cancel.
    const std::optional<AbortOrigin> was = abortOriginFromName(
        r->params.value(kAbortOriginKey).value_or(QString()));
    if (first || (was == AbortOrigin::Node && origin != AbortOrigin::Node))
        storeValue(run, *r, kAbortOriginKey, abortOriginName(origin));
    queue(Write{Write::Kind::Param, run, {}, {}, {}, {}, true}, std::move(durable));
    if (first) {
        qCInfo(lcBrokerStore) << "run" << run << "aborted by"
                              << (caller.isEmpty() ? abortOriginName(origin) : caller);
        m_waitingForCommit.notices.append(Notice{Notice::Kind::Aborted, run, {}, text, {}});
    }
    return {};
}

ParameterStatus RuntimeParameterStore::cancelAbort(const QString &run,
                                                   const QString &caller,
                                                   Durable durable)
{
    const auto r = m_runs.find(run);
    if (r == m_runs.end())
        return unknownRun(run);
    if (!caller.isEmpty() && !r->instances.contains(caller))
        return status(ParameterStatus::Code::Forbidden, tr("%1 is not in this run.").arg(caller));
    const bool was = isAborted(*r, false);
    if (was && !caller.isEmpty() && abortOrigin(run) != AbortOrigin::Node) {
        const std::optional<AbortOrigin> origin = abortOrigin(run);
        const QString by = origin == AbortOrigin::User      ? tr("the user")
                           : origin == AbortOrigin::Timeout ? tr("the run's timeout")
                                                            : tr("Slipway");
        return status(ParameterStatus::Code::Forbidden,
                      tr("The abort was raised by %1: a node may cancel only an abort that a "
                         "node raised.")
                          .arg(by));
    }
    storeValue(run, *r, u"ss:abort"_s, std::nullopt);
    storeValue(run, *r, kAbortOriginKey, std::nullopt);
    for (const QString &instance : std::as_const(r->instanceOrder))
        storeValue(run, *r, instanceKey(instance, u"abort"_s), std::nullopt);
    queue(Write{Write::Kind::Param, run, {}, {}, {}, {}, true}, std::move(durable));
    if (was)
        m_waitingForCommit.notices.append(Notice{Notice::Kind::AbortCancelled, run, {}, {}, {}});
    return {};
}

void RuntimeParameterStore::setInstanceLive(const QString &run, const QString &instance, bool live)
{
    const auto r = m_runs.find(run);
    if (r == m_runs.end() || !r->instances.contains(instance))
        return;
    r->instances[instance].live = live;
    queue(Write{Write::Kind::Live, run, instance, {}, {}, instance, live}, {});
    checkBarrier(run, *r);
}

bool RuntimeParameterStore::isInstanceLive(const QString &run, const QString &instance) const
{
    return m_runs.value(run).instances.value(instance).live;
}

bool RuntimeParameterStore::isBarrierReached(const QString &run) const
{
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend())
        return false;
    // A `complete` counts once it is committed (the run moves on what a crash cannot take
    // back), and no longer once the next state cleared it, even before that is committed.
    bool anyLive = false;
    for (auto it = r->instances.cbegin(); it != r->instances.cend(); ++it) {
        if (!it->live)
            continue;
        anyLive = true;
        const QString k = instanceKey(it.key(), u"complete"_s);
        const auto now = r->params.value(k);
        const auto committed = valueOf(*r, k, true);
        if (!now || now->isEmpty() || !committed || committed->isEmpty())
            return false;
    }
    return anyLive;
}

void RuntimeParameterStore::checkBarrier(const QString &run, Run &r)
{
    if (r.barrierSignalled || !isBarrierReached(run))
        return;
    r.barrierSignalled = true;
    Q_EMIT barrierReached(run, state(run));
}

QString RuntimeParameterStore::state(const QString &run) const
{
    return m_runs.value(run).params.value(u"ss:state"_s).value_or(QString());
}

ParameterStatus RuntimeParameterStore::advanceState(const QString &run, const QString &state)
{
    const auto r = m_runs.find(run);
    if (r == m_runs.end())
        return unknownRun(run);
    for (const QString &instance : std::as_const(r->instanceOrder))
        storeValue(run, *r, instanceKey(instance, u"complete"_s), std::nullopt);
    r->barrierSignalled = false;
    storeValue(run, *r, u"ss:state"_s, state);
    queue(Write{Write::Kind::Param, run, {}, {}, {}, {}, true}, {});
    qCInfo(lcBrokerStore) << "run" << run << "is now" << state;
    return {};
}

ParameterStatus RuntimeParameterStore::addReport(const QString &run,
                                                 const QString &caller,
                                                 const QString &name,
                                                 const QByteArray &data,
                                                 Durable durable)
{
    const auto r = m_runs.find(run);
    if (r == m_runs.end())
        return unknownRun(run);
    if (!caller.isEmpty() && !r->instances.contains(caller))
        return status(ParameterStatus::Code::Forbidden, tr("%1 is not in this run.").arg(caller));
    if (name.isEmpty() || name.size() > 255 || name.contains(u'/') || name.startsWith(u'.'))
        return status(ParameterStatus::Code::BadValue,
                      tr("'%1' is not a report file name.").arg(name.left(80)));
    // The quotas count what is kept: a report replacing one of the same name frees its size.
    const QString thisReport = reportKey(caller, name);
    qint64 instanceBytes = data.size();
    qint64 runBytes = data.size();
    for (auto it = r->reportSizes.cbegin(); it != r->reportSizes.cend(); ++it) {
        if (it.key() == thisReport)
            continue;
        runBytes += it.value();
        if (it.key().section(u'\n', 0, 0) == caller)
            instanceBytes += it.value();
    }
    const auto megabytes = [](qint64 bytes) {
        return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
    };
    if (instanceBytes > m_reportQuota.perInstance)
        return status(ParameterStatus::Code::QuotaExceeded,
                      tr("The reports of %1 would take %2 MiB; an instance may keep at most "
                         "%3 MiB of reports. Upload fewer or smaller files (an upload with an "
                         "existing name replaces it).")
                          .arg(caller.isEmpty() ? tr("Slipway") : caller,
                               megabytes(instanceBytes),
                               megabytes(m_reportQuota.perInstance)));
    if (runBytes > m_reportQuota.perRun)
        return status(ParameterStatus::Code::QuotaExceeded,
                      tr("The reports of this run would take %1 MiB; a run may keep at most "
                         "%2 MiB of reports.")
                          .arg(megabytes(runBytes), megabytes(m_reportQuota.perRun)));
    r->reportSizes.insert(thisReport, data.size());
    Write w{Write::Kind::Report, run, name, {}, data, caller, true};
    queue(std::move(w), std::move(durable));
    return {};
}

QList<RuntimeParameterStore::Report> RuntimeParameterStore::reports(const QString &run) const
{
    const_cast<RuntimeParameterStore *>(this)->flush();
    return RuntimeParameterReader::reports(db(), run);
}

QList<RuntimeParameterStore::Report> RuntimeParameterStore::reportList(const QString &run) const
{
    QList<Report> result;
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend()) {
        result = RuntimeParameterReader::reports(db(), run, false);
    } else {
        for (auto it = r->reportSizes.cbegin(); it != r->reportSizes.cend(); ++it) {
            Report report;
            report.instance = it.key().section(u'\n', 0, 0);
            report.name = it.key().section(u'\n', 1);
            report.size = it.value();
            result.append(report);
        }
    }
    std::sort(result.begin(), result.end(), [](const Report &a, const Report &b) {
        return std::pair(a.instance, a.name) < std::pair(b.instance, b.name);
    });
    return result;
}

void RuntimeParameterStore::queue(Write write, Durable durable)
{
    // Param writes are queued key by key in storeValue(); this entry only carries the writer.
    if (write.kind != Write::Kind::Param || !write.key.isEmpty())
        m_pending.append(std::move(write));
    if (durable)
        m_waitingForCommit.durables.append(std::move(durable));
    scheduleFlush();
}

void RuntimeParameterStore::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // Every write of this event-loop pass goes into one commit (group commit).
    QMetaObject::invokeMethod(this, [this] { submit(); }, Qt::QueuedConnection);
}

void RuntimeParameterStore::submit()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty() && m_waitingForCommit.durables.isEmpty()
        && m_waitingForCommit.notices.isEmpty())
        return;
    const quint64 id = ++m_nextBatch;
    m_inFlight.insert(id, std::exchange(m_waitingForCommit, {}));
    m_writer->enqueue(id, std::exchange(m_pending, {}));
}

void RuntimeParameterStore::deliverCommitted()
{
    if (!m_writer)
        return;
    const auto committed = m_writer->takeCommitted();
    using Outcome = RuntimeParameterWriter::Outcome;
    for (const auto &[id, outcome] : committed) {
        const bool ok = outcome == Outcome::Committed;
        m_lastCommitOk = ok;
        const auto it = m_inFlight.find(id);
        if (it == m_inFlight.end())
            continue;
        // The writers hear of the first attempt: "busy" lets a node ask again later.
        const QList<Durable> writers = std::exchange(it->durables, {});
        if (outcome == Outcome::Retrying) {
            for (const Durable &d : writers)
                d(false);
            continue; // the writer thread tries again; what follows is announced then
        }
        const InFlight done = m_inFlight.take(id);
        for (const auto &[run, key] : done.keys) {
            const auto r = m_runs.find(run);
            if (r == m_runs.end())
                continue;
            if (--r->uncommitted[key] <= 0) {
                r->uncommitted.remove(key);
                r->committedBefore.remove(key);
            }
        }
        for (const Durable &d : writers)
            d(ok);
        // A dropped batch (logged by the writer) is still what this process goes on with.
        // The barriers are looked at once every value of the batch is announced: the run
        // then moves on after the engine heard of each `complete`.
        QStringList barriers;
        for (const Notice &n : done.notices) {
            switch (n.kind) {
            case Notice::Kind::Value:
                Q_EMIT valueSet(n.run, n.key, n.value);
                break;
            case Notice::Kind::Aborted:
                Q_EMIT runAborted(n.run, n.value);
                break;
            case Notice::Kind::AbortCancelled:
                Q_EMIT abortCancelled(n.run);
                break;
            case Notice::Kind::Barrier:
                if (!barriers.contains(n.run))
                    barriers.append(n.run);
                break;
            case Notice::Kind::Ended:
                Q_EMIT runEnded(n.run);
                break;
            case Notice::Kind::TokenRotated:
                // Only now does the old token stop working; never for a run that ended since.
                if (const auto r = m_runs.find(n.run);
                    r != m_runs.end() && !r->ended && r->instances.contains(n.key)) {
                    r->instances[n.key].tokenHash = n.tokenHash;
                    qCInfo(lcBrokerStore) << "run" << n.run << ":" << n.key << "replaced its token";
                }
                break;
            }
        }
        for (const QString &run : std::as_const(barriers)) {
            if (const auto r = m_runs.find(run); r != m_runs.end())
                checkBarrier(run, *r);
        }
    }
}

bool RuntimeParameterStore::flush()
{
    if (!m_writer)
        return false;
    submit();
    m_writer->waitIdle();
    deliverCommitted();
    return m_lastCommitOk;
}

} // namespace Slipway
