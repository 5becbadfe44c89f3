#pragma once

#include "core/model/module.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace Slipway {

class Document;

// Owner, group members, public flag and the rights grid (get, edit, run, delete,
// create children × owner, group, public) of one module, edited through commands.
class AuthorizationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AuthorizationEditor(Document *document, QWidget *parent = nullptr);

    QLineEdit *ownerEdit() const { return m_owner; }
    QCheckBox *rightBox(int who, Right right) const; // who: 0 owner, 1 group, 2 public

private:
    void refresh();
    void push(const Authorization &authz, const QString &mergeKey = {});

    Document *m_document;
    QLineEdit *m_owner;
    QLineEdit *m_group;
    QCheckBox *m_public;
    QList<QCheckBox *> m_rights; // 3 rows × 5 rights
};

} // namespace Slipway
