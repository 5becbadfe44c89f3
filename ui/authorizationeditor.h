#pragma once

#include "core/model/module.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Slipway {

class Document;

// Owner, group members, public flag and the rights grid (get, edit, run, delete,
// create children × owner, group, public) of one module, edited through commands.
//
// In the local catalog the grid is metadata that nothing enforces, and the tab says so, with
// an offer to publish the module to a team catalog (publishRequested). In a team catalog the
// grid is the server's: the owner (set by the server) never changes, and only the owner may
// change the rest; everyone else sees it read-only with the reason.
class AuthorizationEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AuthorizationEditor(Document *document, QWidget *parent = nullptr);

    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *groupEdit() const { return m_group; }
    QCheckBox *publicBox() const { return m_public; }
    QCheckBox *rightBox(int who, Right right) const; // who: 0 owner, 1 group, 2 public
    // What the tab says about where the grid holds (and, read-only, why).
    QLabel *noticeLabel() const { return m_notice; }
    QPushButton *publishButton() const { return m_publish; } // local catalog only
    bool isEditable() const { return m_editable; }

Q_SIGNALS:
    void publishRequested();

private:
    void refresh();
    void updateEditable();
    void push(const Authorization &authz, const QString &mergeKey = {});

    Document *m_document;
    QLineEdit *m_owner;
    QLineEdit *m_group;
    QCheckBox *m_public;
    QList<QCheckBox *> m_rights; // 3 rows × 5 rights
    QLabel *m_notice;
    QPushButton *m_publish = nullptr;
    bool m_editable = true;
};

} // namespace Slipway
