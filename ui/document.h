#pragma once

#include "core/catalog/catalog.h"
#include "core/model/effectiveimage.h"
#include "core/model/module.h"
#include "core/model/validation.h"

#include <QFlags>
#include <QHash>
#include <QObject>

#include <optional>

class QUndoStack;

namespace Slipway {

// One open module (Tiled's document model): the module being edited, its undo stack, and the
// one changed() signal that every view of it listens to. Edits come in as QUndoCommands that
// call setModule(); nothing else changes the module.
class Document : public QObject
{
    Q_OBJECT

public:
    enum class Part {
        Summary = 0x1,
        ImageIds = 0x2,
        Packages = 0x4,
        Parameters = 0x8,
        Resources = 0x10,
        Authorization = 0x20,
        Recipes = 0x40,
        Nodes = 0x80,
        History = 0x100, // a new version was saved or the module was reloaded
        All = 0x1ff,
    };
    Q_DECLARE_FLAGS(Parts, Part)

    Document(Catalog &catalog, const ModuleVersion &loaded, QObject *parent = nullptr);
    ~Document() override;

    Catalog &catalog() const { return m_catalog; }
    const Module &module() const { return m_module; }
    QString path() const { return m_module.path; }
    int version() const { return m_version; } // the saved version the edits started from
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    // For commands only: replaces the module and tells the views which parts changed.
    void setModule(const Module &module, Parts parts);

    // The effective (inherited) image; empty when the module is no image or its chain is
    // broken (inheritanceError() says why).
    const std::optional<EffectiveImage> &effective() const { return m_effective; }
    QString inheritanceError() const { return m_inheritanceError; }
    // The effective image of the parent alone: what this image inherits.
    const std::optional<EffectiveImage> &inherited() const { return m_inherited; }

    const QList<Problem> &problems() const { return m_problems; }
    // Finds other modules through the catalog, answering this document's own module for its
    // path so that inheritance and validation see the unsaved edits.
    ModuleLookup lookup() const;
    // Forgets what was read about other modules (after something else was saved).
    void refreshReferences();

    // Saves the module as the version after version(); the undo stack becomes clean. Refused,
    // with *conflict filled, when someone saved the module since version().
    Result<SaveResult> save(const QString &comment,
                            const QString &author,
                            SaveConflict *conflict = nullptr);
    // After a conflict: saves this edit as the version after latestVersion.
    Result<SaveResult> saveOnLatest(const QString &comment,
                                    const QString &author,
                                    int latestVersion);
    // After a conflict: saves this edit as a new module at path, which the document becomes.
    Result<SaveResult> saveAs(const QString &path, const QString &comment, const QString &author);
    // Reads the latest version again and drops the undo history (after a revert).
    Result<void> reload();

    static QString currentAuthor();

Q_SIGNALS:
    void changed(Slipway::Document::Parts parts);
    void modifiedChanged(bool modified);

private:
    void recompute();
    Result<SaveResult> saveOnLatest(const QString &comment,
                                    const QString &author,
                                    int base,
                                    SaveConflict *conflict);

    Catalog &m_catalog;
    Module m_module;
    int m_version = 0;
    QUndoStack *m_undoStack;
    std::optional<EffectiveImage> m_effective;
    std::optional<EffectiveImage> m_inherited;
    QString m_inheritanceError;
    QList<Problem> m_problems;
    mutable QHash<QString, std::optional<Module>> m_cache;
};

} // namespace Slipway

Q_DECLARE_OPERATORS_FOR_FLAGS(Slipway::Document::Parts)
