#pragma once

#include "ui/document.h"

#include <QUndoCommand>

namespace Slipway {

// The base of every edit: the module before and after, and the parts of it that changed.
// Commands with the same id() and mergeKey() merge, so a burst of typing in one field is one
// undo step.
class ModuleCommand : public QUndoCommand
{
public:
    enum Id { Unmergeable = -1, RecipeText = 1, SummaryField, AuthorizationField, Cell };

    ModuleCommand(Document *document,
                  const Module &after,
                  Document::Parts parts,
                  const QString &text,
                  int id = Unmergeable,
                  const QString &mergeKey = {});

    void undo() override;
    void redo() override;
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand *other) override;

    QString mergeKey() const { return m_mergeKey; }

private:
    Document *m_document;
    Module m_before;
    Module m_after;
    Document::Parts m_parts;
    int m_id;
    QString m_mergeKey;
};

} // namespace Slipway
