#include "modulecommand.h"

namespace Slipway {

ModuleCommand::ModuleCommand(Document *document,
                             const Module &after,
                             Document::Parts parts,
                             const QString &text,
                             int id,
                             const QString &mergeKey)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(document->module())
    , m_after(after)
    , m_parts(parts)
    , m_id(id)
    , m_mergeKey(mergeKey)
{}

void ModuleCommand::undo()
{
    m_document->setModule(m_before, m_parts);
}

void ModuleCommand::redo()
{
    m_document->setModule(m_after, m_parts);
}

bool ModuleCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ModuleCommand *>(other);
    if (next->m_document != m_document || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    m_parts |= next->m_parts;
    // Typing a field back to what it was leaves nothing to undo.
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Slipway
