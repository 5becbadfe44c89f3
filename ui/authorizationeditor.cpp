#include "authorizationeditor.h"

#include "ui/commands/editauthorizationcommand.h"
#include "ui/document.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

constexpr Right kRights[] = {Right::Get,
                             Right::Edit,
                             Right::Run,
                             Right::Delete,
                             Right::CreateChildren};

Rights &rightsOf(Authorization &a, int who)
{
    return who == 0 ? a.ownerRights : who == 1 ? a.groupRights : a.publicRights;
}

} // namespace

AuthorizationEditor::AuthorizationEditor(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_owner(new QLineEdit(this))
    , m_group(new QLineEdit(this))
    , m_public(new QCheckBox(tr("Public: everybody may see this module"), this))
{
    m_owner->setObjectName(u"AuthorizationOwner"_s);
    m_group->setObjectName(u"AuthorizationGroup"_s);
    m_public->setObjectName(u"AuthorizationPublic"_s);
    m_group->setPlaceholderText(tr("user names, separated by commas"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Group members:"), m_group);
    form->addRow(QString(), m_public);

    auto *rightsBox = new QGroupBox(tr("Rights"), this);
    auto *grid = new QGridLayout(rightsBox);
    const QString rightTitles[] = {tr("Get"),
                                   tr("Edit"),
                                   tr("Run"),
                                   tr("Delete"),
                                   tr("Create children")};
    const QString whoTitles[] = {tr("Owner"), tr("Group"), tr("Public")};
    for (int r = 0; r < 5; ++r) {
        auto *label = new QLabel(rightTitles[r], rightsBox);
        label->setAlignment(Qt::AlignCenter);
        grid->addWidget(label, 0, r + 1);
    }
    for (int who = 0; who < 3; ++who) {
        grid->addWidget(new QLabel(whoTitles[who], rightsBox), who + 1, 0);
        for (int r = 0; r < 5; ++r) {
            auto *box = new QCheckBox(rightsBox);
            box->setObjectName(u"Right_%1_%2"_s.arg(who).arg(r));
            box->setAccessibleName(tr("%1 may %2").arg(whoTitles[who], rightTitles[r]));
            grid->addWidget(box, who + 1, r + 1, Qt::AlignCenter);
            m_rights.append(box);
            connect(box, &QCheckBox::clicked, this, [this, who, r](bool on) {
                Authorization a = m_document->module().authz;
                rightsOf(a, who).setFlag(kRights[r], on);
                push(a);
            });
        }
    }
    grid->setColumnStretch(6, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rightsBox);
    layout->addStretch();

    connect(m_owner, &QLineEdit::textEdited, this, [this](const QString &text) {
        Authorization a = m_document->module().authz;
        a.owner = text.trimmed();
        push(a, u"owner"_s);
    });
    connect(m_group, &QLineEdit::textEdited, this, [this](const QString &text) {
        Authorization a = m_document->module().authz;
        a.groupMembers.clear();
        for (const QString &member : text.split(u',', Qt::SkipEmptyParts))
            if (!member.trimmed().isEmpty())
                a.groupMembers.append(member.trimmed());
        push(a, u"group"_s);
    });
    connect(m_public, &QCheckBox::clicked, this, [this](bool on) {
        Authorization a = m_document->module().authz;
        a.isPublic = on;
        push(a);
    });
    connect(document, &Document::changed, this, [this](Document::Parts parts) {
        if (parts & Document::Part::Authorization)
            refresh();
    });
    refresh();
}

QCheckBox *AuthorizationEditor::rightBox(int who, Right right) const
{
    for (int r = 0; r < 5; ++r)
        if (kRights[r] == right)
            return m_rights.value(who * 5 + r);
    return nullptr;
}

void AuthorizationEditor::push(const Authorization &authz, const QString &mergeKey)
{
    if (authz == m_document->module().authz)
        return;
    m_document->undoStack()->push(new EditAuthorizationCommand(m_document, authz, mergeKey));
}

void AuthorizationEditor::refresh()
{
    Authorization a = m_document->module().authz;
    if (m_owner->text().trimmed() != a.owner)
        m_owner->setText(a.owner);
    const QString group = a.groupMembers.join(u", ");
    if (m_group->text() != group && !m_group->hasFocus())
        m_group->setText(group);
    m_public->setChecked(a.isPublic);
    for (int who = 0; who < 3; ++who)
        for (int r = 0; r < 5; ++r)
            m_rights.at(who * 5 + r)->setChecked(rightsOf(a, who).testFlag(kRights[r]));
}

} // namespace Slipway
