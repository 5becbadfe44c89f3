#include "conflictdialog.h"

#include "core/model/validation.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

QPlainTextEdit *diffView(const QString &text, const QString &name, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(text);
    return view;
}

} // namespace

ConflictDialog::ConflictDialog(const SaveConflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_theirs(diffView(conflict.theirChange.isEmpty() ? tr("(no difference in content)")
                                                       : conflict.theirChange.toText(),
                        u"ConflictTheirChange"_s,
                        this))
    , m_mine(diffView(conflict.myChange.isEmpty() ? tr("(no difference in content)")
                                                  : conflict.myChange.toText(),
                      u"ConflictMyChange"_s,
                      this))
    , m_otherPath(new QLineEdit(conflict.path + u"-copy"_s, this))
{
    setObjectName(u"ConflictDialog"_s);
    setWindowTitle(tr("%1 changed meanwhile").arg(conflict.path));
    auto *summary = new QLabel(this);
    summary->setObjectName(u"ConflictSummary"_s);
    summary->setWordWrap(true);
    summary->setText(
        conflict.latestVersion == 0
            ? tr("<b>%1</b> is no longer in the catalog.").arg(conflict.path.toHtmlEscaped())
            : tr("<b>%1</b> saved version %2 of <b>%3</b> on %4 (%5), after version %6 that "
                 "your edit started from. Your edit was not saved.")
                  .arg(conflict.author.toHtmlEscaped())
                  .arg(conflict.latestVersion)
                  .arg(conflict.path.toHtmlEscaped(),
                       QLocale().toString(conflict.savedAt.toLocalTime(), QLocale::ShortFormat),
                       conflict.comment.isEmpty() ? tr("no comment")
                                                  : conflict.comment.toHtmlEscaped())
                  .arg(conflict.baseVersion));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_theirs,
                 tr("Their change (v%1 → v%2)")
                     .arg(conflict.baseVersion)
                     .arg(conflict.latestVersion));
    tabs->addTab(m_mine, tr("Your edit on top of v%1").arg(conflict.latestVersion));

    m_otherPath->setObjectName(u"ConflictOtherPath"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Another &path:"), m_otherPath);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("&Reload (drop my edit)"),
                                             QDialogButtonBox::DestructiveRole);
    reload->setObjectName(u"ConflictReload"_s);
    QPushButton *next = buttons->addButton(tr("Save as version %1").arg(conflict.latestVersion + 1),
                                           QDialogButtonBox::AcceptRole);
    next->setObjectName(u"ConflictSaveAsNext"_s);
    next->setEnabled(conflict.latestVersion > 0);
    QPushButton *elsewhere = buttons->addButton(tr("Save under the other path"),
                                                QDialogButtonBox::ActionRole);
    elsewhere->setObjectName(u"ConflictSaveElsewhere"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(reload, &QPushButton::clicked, this, [this] { choose(Choice::Reload); });
    connect(next, &QPushButton::clicked, this, [this] { choose(Choice::SaveAsNext); });
    connect(elsewhere, &QPushButton::clicked, this, [this] { choose(Choice::SaveElsewhere); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_otherPath, &QLineEdit::textChanged, this, [this, elsewhere] {
        elsewhere->setEnabled(isValidModulePath(otherPath()));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(tabs, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(720, 480);
}

QString ConflictDialog::otherPath() const
{
    return m_otherPath->text().trimmed();
}

void ConflictDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace Slipway
