#include "savedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

SaveDialog::SaveDialog(const QString &modulePath, int nextVersion, QWidget *parent)
    : QDialog(parent)
    , m_comment(new QLineEdit(this))
{
    setObjectName(u"SaveDialog"_s);
    setWindowTitle(tr("Save %1").arg(modulePath));
    m_comment->setObjectName(u"SaveComment"_s);
    m_comment->setPlaceholderText(tr("What changed, and why"));
    auto *label = new QLabel(tr("Saving creates version %1 of %2. &Comment:")
                                 .arg(nextVersion)
                                 .arg(modulePath),
                             this);
    label->setBuddy(m_comment);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_comment);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QString SaveDialog::comment() const
{
    return m_comment->text().trimmed();
}

} // namespace Slipway
