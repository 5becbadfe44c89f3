#include "runtimeparameterstore.h"

#include "brokertoken.h"
#include "runtimeparameterreader.h"

#include "core/storage/database.h"
#include "core/storage/timestamp.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcBrokerStore, "slipway.broker.store")

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RuntimeParameterStore", text);
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

} // namespace

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
    static const QStringList names{u"state"_s, u"abort"_s, u"tags"_s, u"url.service"_s};
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
    const QSqlDatabase db = this->db();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT run FROM runtime_runs"_s))
        return exec(u"SELECT 1 FROM runtime_runs"_s, error);
    while (q.next())
        m_runs.insert(q.value(0).toString(), Run{});
    if (!q.exec(u"SELECT run, instance, node, token_hash, live FROM runtime_instances "
                "ORDER BY run, position"_s))
        return exec(u"SELECT 1 FROM runtime_instances"_s, error);
    while (q.next()) {
        Run &r = m_runs[q.value(0).toString()];
        const QString instance = q.value(1).toString();
        r.instanceOrder.append(instance);
        r.instances.insert(instance,
                           Instance{q.value(2).toString(),
                                    q.value(3).toByteArray(),
                                    q.value(4).toBool()});
    }
    if (!q.exec(u"SELECT run, key, value FROM runtime_params"_s))
        return exec(u"SELECT 1 FROM runtime_params"_s, error);
    while (q.next()) {
        Run &r = m_runs[q.value(0).toString()];
        const QVariant v = q.value(2);
        r.params.insert(q.value(1).toString(),
                        v.isNull() ? std::nullopt : std::optional<QString>(v.toString()));
    }
    if (!q.exec(u"SELECT run, source, target FROM runtime_mappings"_s))
        return exec(u"SELECT 1 FROM runtime_mappings"_s, error);
    while (q.next())
        m_runs[q.value(0).toString()].mappings.insert(q.value(1).toString(), q.value(2).toString());
    for (auto it = m_runs.begin(); it != m_runs.end(); ++it)
        it->barrierSignalled = isBarrierReached(it.key());
    qCInfo(lcBrokerStore) << "loaded" << m_runs.size() << "runs from" << m_file;
    return true;
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
    if (!m_runs.remove(run))
        return;
    flush();
    QSqlQuery q(db());
    q.prepare(u"DELETE FROM runtime_runs WHERE run = ?"_s);
    q.addBindValue(run);
    if (!q.exec())
        qCWarning(lcBrokerStore) << "cannot remove run" << run << q.lastError().text();
}

RuntimeParameterStore::CreatedRun RuntimeParameterStore::addInstances(const QString &run,
                                                                      const NodeLayout &node,
                                                                      int count)
{
    CreatedRun created;
    const auto r = m_runs.find(run);
    if (r == m_runs.end()) {
        created.error = unknownRun(run).message;
        return created;
    }
    if (!r->params.contains(node.name + u":multiplicity"_s)) {
        created.error = tr("The run has no node %1.").arg(node.name);
        return created;
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
    for (auto it = r->mappings.cbegin(); it != r->mappings.cend(); ++it) {
        const QString targetInstance = it.value().section(u':', 0, 0);
        if (r->instances.value(targetInstance).node == node.name)
            mappedInputs.insert({it.key(), it.value().section(u':', 1)});
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
    q.prepare(u"INSERT OR IGNORE INTO runtime_mappings (run, source, target) VALUES (?, ?, ?)"_s);
    for (const auto &[source, target] : std::as_const(mappings)) {
        q.addBindValue(run);
        q.addBindValue(source);
        q.addBindValue(target);
        if (!q.exec())
            return fail(q.lastError().text());
    }
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
    if (r == m_runs.end() || !r->instances.contains(instance))
        return {};
    const QByteArray token = BrokerToken::generate();
    r->instances[instance].tokenHash = BrokerToken::hash(token);
    Write w{Write::Kind::Token, run, instance, std::nullopt, BrokerToken::hash(token), {}, true};
    queue(std::move(w), {});
    flush();
    return token;
}

ParameterStatus RuntimeParameterStore::get(const QString &run,
                                           const ParameterKey &key,
                                           bool ignoreAbort) const
{
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend())
        return unknownRun(run);
    if (!ignoreAbort && isAborted(run)) {
        ParameterStatus s = status(ParameterStatus::Code::Aborted,
                                   tr("The run is aborted: %1").arg(abortReason(run)));
        s.value = abortReason(run);
        return s;
    }
    const auto p = r->params.constFind(key.toString());
    if (p == r->params.cend())
        return status(ParameterStatus::Code::UnknownKey,
                      tr("The run has no parameter %1.").arg(key.toString()));
    if (!p->has_value())
        return status(ParameterStatus::Code::NotSet, tr("%1 is not set yet.").arg(key.toString()));
    ParameterStatus s;
    s.value = **p;
    return s;
}

QList<std::pair<QString, std::optional<QString>>> RuntimeParameterStore::getAll(
    const QString &run,
    const QString &node,
    const QString &parameter,
    ParameterStatus *result,
    bool ignoreAbort) const
{
    QList<std::pair<QString, std::optional<QString>>> values;
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend()) {
        *result = unknownRun(run);
        return values;
    }
    if (!ignoreAbort && isAborted(run)) {
        *result = status(ParameterStatus::Code::Aborted,
                         tr("The run is aborted: %1").arg(abortReason(run)));
        result->value = abortReason(run);
        return values;
    }
    for (const QString &instance : r->instanceOrder) {
        if (r->instances.value(instance).node != node)
            continue;
        const auto p = r->params.constFind(instanceKey(instance, parameter));
        if (p == r->params.cend()) {
            *result = status(ParameterStatus::Code::UnknownKey,
                             tr("The node %1 has no parameter %2.").arg(node, parameter));
            return {};
        }
        values.append({instance, *p});
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
    if (!caller.isEmpty() && !ignoreAbort && isAborted(run)) {
        ParameterStatus s = status(ParameterStatus::Code::Aborted,
                                   tr("The run is aborted: %1").arg(abortReason(run)));
        s.value = abortReason(run);
        return s;
    }
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
        abort(run, caller, value);
    if (key.scope() == ParameterKey::Scope::Instance && key.name() == u"complete")
        checkBarrier(run, *r);
    return {};
}

void RuntimeParameterStore::storeValue(const QString &run,
                                       Run &r,
                                       const QString &key,
                                       const std::optional<QString> &value)
{
    r.params.insert(key, value);
    m_pending.append(Write{Write::Kind::Param, run, key, value, {}, {}, true});
    if (value)
        Q_EMIT valueSet(run, key, *value);
}

bool RuntimeParameterStore::isAborted(const QString &run) const
{
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend())
        return false;
    const auto p = r->params.constFind(u"ss:abort"_s);
    return p != r->params.cend() && p->has_value() && !(*p)->isEmpty();
}

QString RuntimeParameterStore::abortReason(const QString &run) const
{
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend())
        return {};
    return r->params.value(u"ss:abort"_s).value_or(QString());
}

ParameterStatus RuntimeParameterStore::abort(const QString &run,
                                             const QString &caller,
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
    const bool first = !isAborted(run);
    if (first)
        storeValue(run, *r, u"ss:abort"_s, text);
    queue(Write{Write::Kind::Param, run, {}, {}, {}, {}, true}, std::move(durable));
    if (first) {
        qCInfo(lcBrokerStore) << "run" << run << "aborted by"
                              << (caller.isEmpty() ? u"Slipway"_s : caller);
        Q_EMIT runAborted(run, text);
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
    const bool was = isAborted(run);
    storeValue(run, *r, u"ss:abort"_s, std::nullopt);
    for (const QString &instance : std::as_const(r->instanceOrder))
        storeValue(run, *r, instanceKey(instance, u"abort"_s), std::nullopt);
    queue(Write{Write::Kind::Param, run, {}, {}, {}, {}, true}, std::move(durable));
    if (was)
        Q_EMIT abortCancelled(run);
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
    bool anyLive = false;
    for (auto it = r->instances.cbegin(); it != r->instances.cend(); ++it) {
        if (!it->live)
            continue;
        anyLive = true;
        const auto v = r->params.value(instanceKey(it.key(), u"complete"_s));
        if (!v || v->isEmpty())
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
    Write w{Write::Kind::Report, run, name, {}, data, caller, true};
    queue(std::move(w), std::move(durable));
    return {};
}

QList<RuntimeParameterStore::Report> RuntimeParameterStore::reports(const QString &run) const
{
    const_cast<RuntimeParameterStore *>(this)->flush();
    return RuntimeParameterReader::reports(db(), run);
}

void RuntimeParameterStore::queue(Write write, Durable durable)
{
    // Param writes are queued key by key in storeValue(); this entry only carries the writer.
    if (write.kind != Write::Kind::Param || !write.key.isEmpty())
        m_pending.append(std::move(write));
    if (durable)
        m_waitingForCommit.append(std::move(durable));
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
    if (m_pending.isEmpty() && m_waitingForCommit.isEmpty())
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
    for (const auto &[id, ok] : committed) {
        m_lastCommitOk = ok;
        const QList<Durable> writers = m_inFlight.take(id);
        for (const Durable &d : writers)
            d(ok);
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
