#include "parameterflow.h"

#include "core/broker/parameterkey.h"
#include "core/broker/runtimeparameterstore.h"
#include "core/model/modulejson.h"
#include "core/run/runplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChecks, "slipway.checks", QtInfoMsg)

namespace Slipway {

QString ScriptLocation::field() const
{
    return u"image.recipes."_s + ModuleJson::recipeKindName(recipe);
}

QString ScriptLocation::toString() const
{
    return QCoreApplication::translate("ParameterFlow", "%1, %2, line %3")
        .arg(modulePath, ModuleJson::recipeKindName(recipe))
        .arg(line);
}

bool ParameterFlow::hasErrors() const
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const CheckProblem &p) {
        return p.problem.severity == Severity::Error;
    });
}

QList<Problem> ParameterFlow::plainProblems() const
{
    QList<Problem> list;
    list.reserve(problems.size());
    for (const CheckProblem &p : problems)
        list << p.problem;
    return list;
}

namespace {

// Scripts run in stages separated by the run's state barriers: every node finishes one stage
// before any starts the next. on-vm-add / on-vm-remove run only when scaling a Ready run.
int stageOf(RecipeKind kind)
{
    switch (kind) {
    case RecipeKind::PreInstall:
    case RecipeKind::Recipe:
        return 0;
    case RecipeKind::Execute:
        return 1;
    case RecipeKind::Report:
        return 2;
    case RecipeKind::OnVmAdd:
    case RecipeKind::OnVmRemove:
    case RecipeKind::Check:
        return 3;
    }
    return 1;
}
constexpr int kStages = 4;

// Slipway's own parameters: a read of one is not checked against the scripts.
bool isBuiltIn(const QString &p)
{
    return RuntimeParameterStore::slipwayOnlyNames().contains(p) || ParameterKey::isNodeParameter(p)
           || p == u"complete" || p == u"abort" || p == u"statecustom" || p == u"url.ssh";
}

struct NodeInfo
{
    QString name;
    int multiplicity = 1;
    std::shared_ptr<const EffectiveImage> image; // shared by the nodes of one image
    QSet<QString> available;                     // parameters with a value when the run starts
    QHash<QString, QString> mappedFrom;          // input -> "source:param"
    QSet<QString> inputs;
    bool nonLiteralSets = false;
};

struct Event
{
    int stage = 0;
    int use = -1;      // index into ParameterFlow::uses
    QList<int> sets;   // facts a write makes true
    int waitsFor = -1; // the fact a blocking read waits for
};

// Stuck node -> (writer node, its write event) for each write the node's read waits for.
using WaitGraph = QHash<int, QList<std::pair<int, int>>>;

// Tarjan's strongly connected components of the graph `waitsOn` over `nodes`.
QList<QList<int>> stronglyConnected(const QList<int> &nodes, const WaitGraph &waitsOn)
{
    QHash<int, int> index, low;
    QList<int> stack;
    QSet<int> onStack;
    int counter = 0;
    QList<QList<int>> components;
    std::function<void(int)> connect = [&](int v) {
        index[v] = low[v] = counter++;
        stack << v;
        onStack.insert(v);
        for (const auto &[w, j] : waitsOn.value(v)) {
            Q_UNUSED(j);
            if (!index.contains(w)) {
                connect(w);
                low[v] = std::min(low[v], low[w]);
            } else if (onStack.contains(w)) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            QList<int> component;
            int w = -1;
            do {
                w = stack.takeLast();
                onStack.remove(w);
                component << w;
            } while (w != v);
            components << component;
        }
    };
    for (int n : nodes) {
        if (!index.contains(n))
            connect(n);
    }
    return components;
}

class FlowAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(ParameterFlow)

public:
    FlowAnalysis(const Module &module, const ModuleLookup &lookup, const FlowOptions &options)
        : m_module(module)
        , m_lookup(lookup)
        , m_options(options)
    {}

    ParameterFlow run()
    {
        collectNodes();
        scanNodes();
        checkWrites();
        interleave(checkReads());
        simulate();
        return std::move(m_flow);
    }

    static QString stageName(int stage)
    {
        switch (stage) {
        case 0:
            return tr("provisioning");
        case 1:
            return u"execute"_s;
        case 2:
            return u"report"_s;
        default:
            return tr("scaling");
        }
    }

private:
    void collectNodes();
    void scanNodes();
    // Writes first: reads are checked against every writer.
    void checkWrites();
    // Reads, in script order per node: returns each node's blocking reads, as events.
    QList<QList<Event>> checkReads();
    // One read of a global `ss:` key, or of a node's parameter: reports what is wrong with
    // it and returns the fact it waits for, or -1.
    int checkGlobalRead(const ParameterUse &use);
    int checkNodeRead(const ParameterUse &use, QHash<QString, int> &edgeIndex);
    // A read of a parameter that no script of its node sets.
    void reportUnproduced(const ParameterUse &use, const NodeInfo &caller, const NodeInfo &owner);
    void interleave(const QList<QList<Event>> &reads);
    void simulate();
    void reportStuck(int stage, const QList<int> &blocked);
    void reportCycle(const QList<int> &component, const WaitGraph &waitsOn);

    int factId(const QString &node, const QString &parameter)
    {
        const QString key = node + u'\x1f' + parameter;
        auto it = m_facts.constFind(key);
        if (it != m_facts.cend())
            return *it;
        const int id = int(m_factNames.size());
        m_facts.insert(key, id);
        m_factNames << (node.isEmpty() ? QString(u"ss:"_s + parameter)
                                       : QString(node + u':' + parameter));
        m_producers.append(QList<std::pair<int, int>>());
        return id;
    }

    void addProblem(Severity severity,
                    const QString &message,
                    const QList<ScriptLocation> &locations,
                    const QStringList &nodes)
    {
        CheckProblem p;
        p.problem.severity = severity;
        p.problem.message = message;
        if (!locations.isEmpty()) {
            p.problem.modulePath = locations.first().modulePath;
            p.problem.field = locations.first().field();
        } else {
            p.problem.modulePath = m_module.path;
            p.problem.field = u"deployment.nodes"_s;
        }
        p.locations = locations;
        p.nodes = nodes;
        m_flow.problems << p;
    }

    const Module &m_module;
    const ModuleLookup &m_lookup;
    const FlowOptions &m_options;
    ParameterFlow m_flow;

    QList<NodeInfo> m_nodes;
    QHash<QString, int> m_nodeIndex;
    QHash<QString, std::shared_ptr<const EffectiveImage>> m_images; // "path@version"
    QHash<QString, QList<ScriptCall>> m_scans;                      // script text -> calls

    QHash<QString, int> m_facts;
    QStringList m_factNames;
    QList<QList<std::pair<int, int>>> m_producers; // fact -> (node, event)
    QList<QList<Event>> m_events;                  // per node, in the order they run
    QList<int> m_next;                             // per node: its next event to run
};

void FlowAnalysis::collectNodes()
{
    QList<Node> nodes;
    if (m_module.kind == ModuleKind::Image) {
        Node node;
        node.name = kSingleImageNode.toString();
        node.image = m_module.path;
        nodes << node;
    } else if (m_module.kind == ModuleKind::Deployment) {
        nodes = m_module.deployment.nodes;
    }

    for (const Node &node : std::as_const(nodes)) {
        if (m_nodeIndex.contains(node.name))
            continue; // a duplicate name: validate() reports it
        const QString cacheKey = node.image + u'@'
                                 + (node.imageVersion ? QString::number(*node.imageVersion)
                                                      : QString());
        auto cached = m_images.find(cacheKey);
        if (cached == m_images.end()) {
            std::shared_ptr<const EffectiveImage> effective;
            const std::optional<Module> image = m_module.kind == ModuleKind::Image
                                                    ? std::optional<Module>(m_module)
                                                    : m_lookup(node.image, node.imageVersion);
            if (image && image->kind == ModuleKind::Image) {
                Result<EffectiveImage> e = effectiveImage(*image, m_lookup);
                if (e)
                    effective = std::make_shared<const EffectiveImage>(std::move(*e));
            }
            cached = m_images.insert(cacheKey, std::move(effective));
        }
        NodeInfo info;
        info.name = node.name;
        info.multiplicity = m_options.multiplicities.value(node.name, node.multiplicity);
        info.image = *cached;
        if (info.image) {
            for (const Parameter &p : info.image->parameters) {
                if (!p.defaultValue.isEmpty())
                    info.available.insert(p.name);
                if (p.category == ParameterCategory::Input)
                    info.inputs.insert(p.name);
            }
        }
        for (const ParameterMapping &m : node.mappings) {
            if (m.literal)
                info.available.insert(m.input);
            else
                info.mappedFrom.insert(m.input, m.value);
        }
        for (const QString &input : std::as_const(info.inputs)) {
            if (m_options.givenInputs.contains(node.name + u':' + input))
                info.available.insert(input);
        }
        m_nodeIndex.insert(node.name, int(m_nodes.size()));
        m_nodes << info;
    }
}

void FlowAnalysis::scanNodes()
{
    m_events.resize(m_nodes.size());
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        NodeInfo &node = m_nodes[n];
        if (!node.image)
            continue;
        for (RecipeKind kind : allRecipeKinds) {
            for (const RecipeLayer &layer : node.image->recipes[int(kind)]) {
                auto scanned = m_scans.constFind(layer.script);
                if (scanned == m_scans.cend())
                    scanned = m_scans.insert(layer.script, scanScript(layer.script));
                for (const ScriptCall &call : *scanned) {
                    const bool isSet = call.tool == ScriptCall::Tool::Set
                                       || call.tool == ScriptCall::Tool::Random;
                    if (!call.literal) {
                        ++m_flow.nonLiteralKeys;
                        node.nonLiteralSets = node.nonLiteralSets || isSet;
                        continue;
                    }
                    ParameterUse use;
                    use.node = node.name;
                    use.key = call.tool == ScriptCall::Tool::GetAll
                                  ? call.getAllNode + u':' + call.key
                                  : call.key;
                    use.isSet = isSet;
                    use.blocking = call.tool == ScriptCall::Tool::Get && !call.noblock;
                    use.script = ModuleJson::recipeKindName(kind);
                    use.location = {layer.modulePath, kind, call.line, call.column};

                    const ParameterKey::Parsed parsed = ParameterKey::parse(use.key, node.name, 1);
                    if (!parsed.ok()) {
                        addProblem(Severity::Error,
                                   tr("Node %1 uses the key %2, which the ss-* tools refuse: %3")
                                       .arg(node.name, use.key, parsed.error),
                                   {use.location},
                                   {node.name});
                        continue;
                    }
                    const ParameterKey &key = parsed.key;
                    use.parameter = key.name();
                    if (key.scope() != ParameterKey::Scope::Global)
                        use.targetNode = key.node();
                    if (key.scope() == ParameterKey::Scope::Instance && use.key.contains(u':'))
                        use.targetInstance = key.index();
                    m_flow.uses << use;
                }
            }
        }
    }
}

void FlowAnalysis::checkWrites()
{
    // "source:param" -> the (node, input) facts a write of it also makes true.
    QHash<QString, QList<int>> copies;
    for (const NodeInfo &node : std::as_const(m_nodes)) {
        for (auto it = node.mappedFrom.cbegin(); it != node.mappedFrom.cend(); ++it)
            copies[it.value()] << factId(node.name, it.key());
    }

    for (qsizetype u = 0; u < m_flow.uses.size(); ++u) {
        const ParameterUse &use = m_flow.uses[u];
        const int n = m_nodeIndex.value(use.node);
        if (!use.isSet)
            continue;
        if (!use.targetNode.isEmpty() && use.targetNode != use.node) {
            addProblem(Severity::Error,
                       tr("Node %1 sets %2, but a node may set only its own parameters: the "
                          "broker refuses it.")
                           .arg(use.node, use.key),
                       {use.location},
                       {use.node});
            continue;
        }
        if (!use.targetNode.isEmpty()
            && (RuntimeParameterStore::slipwayOnlyNames().contains(use.parameter)
                || ParameterKey::isNodeParameter(use.parameter))) {
            addProblem(Severity::Error,
                       tr("Node %1 sets %2, which only Slipway sets: the broker refuses it.")
                           .arg(use.node, use.key),
                       {use.location},
                       {use.node});
            continue;
        }
        Event event;
        event.stage = stageOf(use.location.recipe);
        event.use = int(u);
        const int fact = factId(use.targetNode, use.parameter);
        event.sets << fact;
        if (!use.targetNode.isEmpty())
            event.sets << copies.value(use.targetNode + u':' + use.parameter);
        for (int f : std::as_const(event.sets))
            m_producers[f].append({n, int(m_events[n].size())});
        m_events[n] << event;
    }
}

QList<QList<Event>> FlowAnalysis::checkReads()
{
    QHash<QString, int> edgeIndex;
    QList<QList<Event>> reads(m_nodes.size());
    for (qsizetype u = 0; u < m_flow.uses.size(); ++u) {
        const ParameterUse &use = m_flow.uses[u];
        if (use.isSet)
            continue;
        const int waitsFor = use.targetNode.isEmpty() ? checkGlobalRead(use)
                                                      : checkNodeRead(use, edgeIndex);
        if (use.blocking && waitsFor >= 0) {
            Event event;
            event.stage = stageOf(use.location.recipe);
            event.use = int(u);
            event.waitsFor = waitsFor;
            reads[m_nodeIndex.value(use.node)] << event;
        }
    }
    return reads;
}

int FlowAnalysis::checkGlobalRead(const ParameterUse &use)
{
    const int fact = factId({}, use.parameter);
    if (!m_producers[fact].isEmpty())
        return fact;
    if (use.parameter != u"url.service"
        && RuntimeParameterStore::reservedGlobalNames().contains(use.parameter))
        return -1;
    addProblem(use.blocking ? Severity::Error : Severity::Warning,
               tr("Node %1 reads %2, which no script sets.").arg(use.node, use.key),
               {use.location},
               {use.node});
    return -1;
}

int FlowAnalysis::checkNodeRead(const ParameterUse &use, QHash<QString, int> &edgeIndex)
{
    const NodeInfo &caller = m_nodes[m_nodeIndex.value(use.node)];
    const auto target = m_nodeIndex.constFind(use.targetNode);
    if (target == m_nodeIndex.cend()) {
        addProblem(Severity::Error,
                   tr("Node %1 reads %2, but %3 has no node %4.")
                       .arg(caller.name, use.key, m_module.path, use.targetNode),
                   {use.location},
                   {caller.name});
        return -1;
    }
    const NodeInfo &owner = m_nodes[*target];
    if (use.targetInstance > owner.multiplicity) {
        addProblem(Severity::Error,
                   tr("Node %1 reads %2, but %3 has only %n instance(s).",
                      nullptr,
                      owner.multiplicity)
                       .arg(caller.name, use.key, owner.name),
                   {use.location},
                   {caller.name, owner.name});
        return -1;
    }
    if (owner.name != caller.name) {
        const QString edgeKey = owner.name + u'\x1f' + caller.name + u'\x1f' + use.parameter;
        if (!edgeIndex.contains(edgeKey)) {
            edgeIndex.insert(edgeKey, int(m_flow.edges.size()));
            m_flow.edges << ImpliedEdge{owner.name, caller.name, use.parameter, use};
        }
    }

    const int fact = factId(owner.name, use.parameter);
    if (isBuiltIn(use.parameter) || owner.available.contains(use.parameter))
        return -1; // a value before the run starts, or Slipway's own
    if (!m_producers[fact].isEmpty())
        return fact;
    reportUnproduced(use, caller, owner);
    return -1;
}

void FlowAnalysis::reportUnproduced(const ParameterUse &use,
                                    const NodeInfo &caller,
                                    const NodeInfo &owner)
{
    const Severity unproduced = use.blocking ? Severity::Error : Severity::Warning;
    const QString source = owner.mappedFrom.value(use.parameter);
    if (!source.isEmpty()) {
        const QString sourceNode = source.section(u':', 0, 0);
        const QString sourceParameter = source.section(u':', 1);
        const auto from = m_nodeIndex.constFind(sourceNode);
        if (from == m_nodeIndex.cend() || isBuiltIn(sourceParameter)) {
            // Slipway's own value, copied; or a broken mapping validate() reports
        } else if (m_nodes[*from].nonLiteralSets) {
            addProblem(Severity::Warning,
                       tr("Node %1 reads %2, mapped from %3, which no script sets with a "
                          "literal key (one of %4's keys is computed).")
                           .arg(caller.name, use.key, source, sourceNode),
                       {use.location},
                       {caller.name, sourceNode});
        } else {
            addProblem(unproduced,
                       tr("Node %1 reads %2, mapped from %3, which no script of %4 sets.")
                           .arg(caller.name, use.key, source, sourceNode),
                       {use.location},
                       {caller.name, sourceNode});
        }
    } else if (owner.nonLiteralSets) {
        addProblem(Severity::Warning,
                   tr("Node %1 reads %2, which no script sets with a literal key (one of "
                      "%3's keys is computed).")
                       .arg(caller.name, use.key, owner.name),
                   {use.location},
                   {caller.name, owner.name});
    } else if (owner.inputs.contains(use.parameter)) {
        addProblem(m_options.atLaunch ? unproduced : Severity::Warning,
                   tr("Node %1 reads %2: the input %3 of %4 has no default, no mapping "
                      "and no script sets it; give it a value at launch.")
                       .arg(caller.name, use.key, use.parameter, owner.name),
                   {use.location},
                   {caller.name, owner.name});
    } else {
        addProblem(unproduced,
                   tr("Node %1 reads %2, which nothing sets: no script of %3 sets %4, it "
                      "has no default and no mapping.")
                       .arg(caller.name, use.key, owner.name, use.parameter),
                   {use.location},
                   {caller.name, owner.name});
    }
}

void FlowAnalysis::interleave(const QList<QList<Event>> &reads)
{
    // Merge reads and writes per node in the order the uses were found (the run order), and
    // re-point the producers at the merged positions.
    for (auto &list : m_producers)
        list.clear();
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        QList<Event> merged;
        merged.reserve(m_events[n].size() + reads[n].size());
        std::merge(m_events[n].cbegin(),
                   m_events[n].cend(),
                   reads[n].cbegin(),
                   reads[n].cend(),
                   std::back_inserter(merged),
                   [](const Event &a, const Event &b) { return a.use < b.use; });
        for (qsizetype e = 0; e < merged.size(); ++e) {
            for (int f : std::as_const(merged[e].sets))
                m_producers[f].append({int(n), int(e)});
        }
        m_events[n] = std::move(merged);
    }
}

void FlowAnalysis::simulate()
{
    const qsizetype nodeCount = m_nodes.size();
    m_next.fill(0, nodeCount);
    QList<int> &next = m_next;
    QList<bool> done(m_factNames.size(), false);
    QHash<int, QList<int>> waiters;
    QList<int> queue;

    auto advance = [&](int n, int stage) {
        const QList<Event> &events = m_events[n];
        while (next[n] < events.size() && events[next[n]].stage == stage) {
            const Event &e = events[next[n]];
            if (e.waitsFor >= 0 && !done[e.waitsFor]) {
                waiters[e.waitsFor] << n;
                return;
            }
            for (int f : e.sets) {
                if (!done[f]) {
                    done[f] = true;
                    queue << waiters.take(f);
                }
            }
            ++next[n];
        }
    };

    for (int stage = 0; stage < kStages; ++stage) {
        bool reported = false;
        for (;;) {
            queue.clear();
            waiters.clear();
            for (int n = 0; n < nodeCount; ++n)
                queue << n;
            while (!queue.isEmpty())
                advance(queue.takeLast(), stage);
            QList<int> blocked;
            for (int n = 0; n < nodeCount; ++n) {
                if (next[n] < m_events[n].size() && m_events[n][next[n]].stage == stage)
                    blocked << n;
            }
            if (blocked.isEmpty())
                break;
            if (!reported)
                reportStuck(stage, blocked);
            reported = true;
            // Go on past the stuck reads, so that later stages are checked too.
            for (int n : std::as_const(blocked))
                ++next[n];
        }
    }
}

void FlowAnalysis::reportStuck(int stage, const QList<int> &blocked)
{
    // Whom each stuck read waits for: writers stuck in the same stage (a cycle), or a writer
    // whose write comes only in a later stage, behind a barrier the reader itself holds up.
    const QSet<int> stuck(blocked.cbegin(), blocked.cend());
    WaitGraph waitsOn;
    for (int n : blocked) {
        const Event &read = m_events[n][m_next[n]];
        std::optional<std::pair<int, int>> later;
        for (const auto &[m, j] : std::as_const(m_producers[read.waitsFor])) {
            if (j < m_next[m])
                continue;
            const int writeStage = m_events[m][j].stage;
            if (writeStage == stage && stuck.contains(m))
                waitsOn[n] << std::pair{m, j};
            else if (writeStage > stage && !later)
                later = std::pair{m, j};
        }
        if (waitsOn.value(n).isEmpty() && later) {
            const ParameterUse &get = m_flow.uses[read.use];
            const ParameterUse &set = m_flow.uses[m_events[later->first][later->second].use];
            addProblem(Severity::Error,
                       tr("Deadlock: node %1 waits at %2 for %3, which %4 sets only at %5, after "
                          "every node has finished its %6 scripts.")
                           .arg(get.node,
                                get.location.toString(),
                                m_factNames[read.waitsFor],
                                set.node,
                                set.location.toString(),
                                stageName(stage)),
                       {get.location, set.location},
                       {get.node, set.node});
        }
    }

    // Each strongly connected component with a cycle is one deadlock, reported with one of its
    // cycles.
    const QList<QList<int>> components = stronglyConnected(blocked, waitsOn);
    for (const QList<int> &component : components)
        reportCycle(component, waitsOn);
}

void FlowAnalysis::reportCycle(const QList<int> &component, const WaitGraph &waitsOn)
{
    const QSet<int> members(component.cbegin(), component.cend());
    const int start = *std::min_element(component.cbegin(), component.cend());
    const bool selfLoop = std::any_of(waitsOn.value(start).cbegin(),
                                      waitsOn.value(start).cend(),
                                      [&](const auto &edge) { return edge.first == start; });
    if (component.size() == 1 && !selfLoop)
        return;
    // Walk the waits inside the component until a node repeats: that loop is a cycle.
    QList<std::pair<int, int>> steps; // (reader, writer's event), writer = next reader
    QHash<int, int> position;
    int current = start;
    while (!position.contains(current)) {
        position.insert(current, int(steps.size()));
        std::pair<int, int> edge{-1, -1};
        for (const auto &e : waitsOn.value(current)) {
            if (members.contains(e.first) && (edge.first < 0 || e.first == start))
                edge = e;
        }
        steps << std::pair{current, edge.second};
        current = edge.first;
    }
    steps = steps.mid(position.value(current));
    // The writer of each step is the reader of the next one.
    QStringList descriptions;
    QList<ScriptLocation> locations;
    QStringList nodes;
    for (qsizetype k = 0; k < steps.size(); ++k) {
        const int reader = steps[k].first;
        const int writer = steps[(k + 1) % steps.size()].first;
        const Event &read = m_events[reader][m_next[reader]];
        const ParameterUse &get = m_flow.uses[read.use];
        const ParameterUse &set = m_flow.uses[m_events[writer][steps[k].second].use];
        const QString written = set.node + u':' + set.parameter;
        const QString awaited = m_factNames[read.waitsFor];
        if (reader == writer)
            descriptions << tr("%1 waits at %2 for %3, which it sets itself only later, at %4")
                                .arg(get.node,
                                     get.location.toString(),
                                     awaited,
                                     set.location.toString());
        else if (written == awaited)
            descriptions << tr("%1 waits at %2 for %3, which %4 sets only at %5")
                                .arg(get.node,
                                     get.location.toString(),
                                     awaited,
                                     set.node,
                                     set.location.toString());
        else
            descriptions << tr("%1 waits at %2 for %3, mapped from %4, which %5 sets only "
                               "at %6")
                                .arg(get.node,
                                     get.location.toString(),
                                     awaited,
                                     written,
                                     set.node,
                                     set.location.toString());
        locations << get.location << set.location;
        nodes << get.node;
    }
    addProblem(Severity::Error,
               tr("Deadlock: %1.").arg(descriptions.join(u"; "_s)),
               locations,
               nodes);
}

} // namespace

ParameterFlow analyzeParameterFlow(const Module &module,
                                   const ModuleLookup &lookup,
                                   const FlowOptions &options)
{
    ParameterFlow flow = FlowAnalysis(module, lookup, options).run();
    qCDebug(lcChecks) << module.path << "checked:" << flow.uses.size() << "calls,"
                      << flow.edges.size() << "implied edges," << flow.nonLiteralKeys
                      << "computed keys," << flow.problems.size() << "problems";
    return flow;
}

} // namespace Slipway
