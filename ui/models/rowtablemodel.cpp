#include "rowtablemodel.h"

namespace Slipway {

DocumentTableModel::DocumentTableModel(Document *document, Document::Parts parts, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::changed, this, [this, parts](Document::Parts changed) {
        if (changed & parts)
            reload();
    });
}

} // namespace Slipway
