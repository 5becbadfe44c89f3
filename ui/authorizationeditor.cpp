#include "authorizationeditor.h"

#include "core/storage/postgresbackend.h"
#include "ui/commands/editauthorizationcommand.h"
#include "ui/document.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

constexpr Right kRights[] = {Right::Get,
                             Right::Edit,
                             Right::Run,
                             Right::Delete,
                             Right::CreateChildren};

// The role a team catalog's connection logs in as (its URL names it, never a password).
QString teamCatalogUser(const Catalog &catalog)
{
    const auto connection = PostgresConnection::fromUrl(catalog.fileName());
    return connection ? connection->user : QString();
}

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
    , m_notice(new QLabel(this))
{
    m_notice->setObjectName(u"AuthorizationNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->setAutoFillBackground(true);
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
    m_notice->setPalette(palette);
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
    layout->addWidget(m_notice);
    if (!m_document->catalog().enforcesRights()) {
        m_notice->setText(tr("The local catalog enforces nothing: anyone who can open its file "
                             "can read, change, run or delete this module whatever the grid "
                             "below says. The grid takes effect in a team catalog, whose "
                             "server enforces it for every member."));
        m_publish = new QPushButton(QIcon::fromTheme(u"document-send"_s),
                                    tr("&Publish to Team Catalog…"),
                                    this);
        m_publish->setObjectName(u"AuthorizationPublish"_s);
        connect(m_publish, &QPushButton::clicked, this, &AuthorizationEditor::publishRequested);
        layout->addWidget(m_publish, 0, Qt::AlignLeft);
    } else {
        m_group->setPlaceholderText(tr("role names, separated by commas"));
    }
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
        if (parts & (Document::Part::Authorization | Document::Part::History))
            refresh();
    });
    refresh();
}

void AuthorizationEditor::updateEditable()
{
    const Catalog &catalog = m_document->catalog();
    if (!catalog.enforcesRights())
        return; // the local grid is the user's to write, and travels with a publish
    const QString owner = m_document->module().authz.owner;
    const QString me = teamCatalogUser(catalog);
    // The server set the owner (the role that created the module) and never changes it.
    m_owner->setReadOnly(true);
    m_owner->setToolTip(tr("Set by the server: the role that created the module"));
    m_editable = !owner.isEmpty() && owner == me;
    m_group->setReadOnly(!m_editable);
    m_public->setEnabled(m_editable);
    for (QCheckBox *box : std::as_const(m_rights))
        box->setEnabled(m_editable);
    m_notice->setText(
        m_editable
            ? tr("The team catalog's server enforces this grid for every member. You own this "
                 "module: your changes take effect when you save.")
            : tr("Read-only: only the owner of this module (%1) may change who may do what "
                 "with it, and the server refuses anyone else. You are connected as %2.")
                  .arg(owner, me));
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
    updateEditable();
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
