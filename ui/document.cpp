#include "document.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Slipway {

Document::Document(Catalog &catalog, const ModuleVersion &loaded, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_module(loaded.module)
    , m_version(loaded.version)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        Q_EMIT modifiedChanged(!clean);
    });
    recompute();
}

Document::~Document() = default;

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::setModule(const Module &module, Parts parts)
{
    m_module = module;
    recompute();
    Q_EMIT changed(parts);
}

ModuleLookup Document::lookup() const
{
    return [this](const QString &path, std::optional<int> version) -> std::optional<Module> {
        if (path == m_module.path && !version)
            return m_module;
        if (version) {
            auto found = m_catalog.version(path, *version);
            if (!found || found->module.path != path)
                return std::nullopt;
            return found->module;
        }
        // Inheritance and validation ask for the same few modules after every keystroke.
        const auto cached = m_cache.constFind(path);
        if (cached != m_cache.cend())
            return *cached;
        auto found = m_catalog.latest(path);
        std::optional<Module> result;
        if (found)
            result = found->module;
        m_cache.insert(path, result);
        return result;
    };
}

void Document::refreshReferences()
{
    m_cache.clear();
    recompute();
    // Everything but the history: this module's own versions did not change.
    Q_EMIT changed(Parts(Part::All) & ~Parts(Part::History));
}

void Document::recompute()
{
    m_effective.reset();
    m_inherited.reset();
    m_inheritanceError.clear();
    const ModuleLookup find = lookup();
    if (m_module.kind == ModuleKind::Image) {
        auto effective = effectiveImage(m_module, find);
        if (effective)
            m_effective = std::move(*effective);
        else
            m_inheritanceError = effective.errorMessage();
        if (!m_module.image.parent.isEmpty()) {
            if (auto parent = find(m_module.image.parent, std::nullopt)) {
                auto inherited = effectiveImage(*parent, find);
                if (inherited)
                    m_inherited = std::move(*inherited);
            }
        }
    }
    m_problems = validate(m_module, find);
}

Result<SaveResult> Document::save(const QString &comment,
                                  const QString &author,
                                  SaveConflict *conflict)
{
    return saveOnLatest(comment, author, m_version, conflict);
}

Result<SaveResult> Document::saveAs(const QString &path,
                                    const QString &comment,
                                    const QString &author)
{
    Module copy = m_module;
    copy.path = path;
    auto saved = m_catalog.save(copy, author, comment, {0});
    if (!saved)
        return saved;
    m_version = saved->version;
    m_undoStack->clear();
    m_cache.clear();
    setModule(copy, Part::All);
    return saved;
}

Result<SaveResult> Document::saveOnLatest(const QString &comment,
                                          const QString &author,
                                          int latestVersion)
{
    return saveOnLatest(comment, author, latestVersion, nullptr);
}

Result<SaveResult> Document::saveOnLatest(const QString &comment,
                                          const QString &author,
                                          int base,
                                          SaveConflict *conflict)
{
    auto saved = m_catalog.save(m_module, author, comment, {base, conflict});
    if (!saved)
        return saved;
    m_version = saved->version;
    m_undoStack->setClean();
    Q_EMIT changed(Part::History);
    return saved;
}

Result<void> Document::reload()
{
    auto latest = m_catalog.latest(m_module.path);
    if (!latest)
        return latest.error();
    m_version = latest->version;
    m_undoStack->clear();
    m_cache.clear();
    setModule(latest->module, Part::All);
    return {};
}

QString Document::currentAuthor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"user"_s : user;
}

} // namespace Slipway
