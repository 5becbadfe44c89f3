#include "teamcatalogdialog.h"

#include "core/catalog/catalogsource.h"
#include "core/secrets/secretstore.h"
#include "core/settings.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// A name that is a settings key and a keychain service without quoting.
bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
    return pattern.match(name).hasMatch();
}

} // namespace

TeamCatalogDialog::TeamCatalogDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_remembered(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_byPassword(new QRadioButton(tr("&Password"), this))
    , m_byCertificate(new QRadioButton(tr("C&lient certificate"), this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"TeamCatalogDialog"_s);
    setWindowTitle(tr("Open Team Catalog"));
    m_remembered->setObjectName(u"TeamCatalogRemembered"_s);
    m_name->setObjectName(u"TeamCatalogName"_s);
    m_host->setObjectName(u"TeamCatalogHost"_s);
    m_port->setObjectName(u"TeamCatalogPort"_s);
    m_database->setObjectName(u"TeamCatalogDatabase"_s);
    m_user->setObjectName(u"TeamCatalogUser"_s);
    m_byPassword->setObjectName(u"TeamCatalogByPassword"_s);
    m_byCertificate->setObjectName(u"TeamCatalogByCertificate"_s);
    m_password->setObjectName(u"TeamCatalogPassword"_s);
    m_error->setObjectName(u"TeamCatalogError"_s);

    m_caFile = fileField(u"TeamCatalogCaFile"_s, tr("Certificates (*.crt *.pem);;All files (*)"));
    m_certFile = fileField(u"TeamCatalogCertFile"_s,
                           tr("Certificates (*.crt *.pem);;All files (*)"));
    m_keyFile = fileField(u"TeamCatalogKeyFile"_s, tr("Keys (*.key *.pem);;All files (*)"));

    m_name->setPlaceholderText(tr("what you call this catalog, e.g. team"));
    m_host->setPlaceholderText(tr("db.example.org, or the folder of a Unix socket"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("slipway"));
    m_user->setPlaceholderText(tr("your PostgreSQL role"));
    m_caFile->setPlaceholderText(tr("the CA that signed the server's certificate"));
    m_password->setEchoMode(QLineEdit::Password);
    m_byPassword->setChecked(true);
    auto *how = new QButtonGroup(this);
    how->addButton(m_byPassword);
    how->addButton(m_byCertificate);

    auto *rememberedBox = new QGroupBox(tr("Remembered connections"), this);
    auto *rememberedLayout = new QVBoxLayout(rememberedBox);
    rememberedLayout->addWidget(m_remembered);
    m_forget = new QPushButton(tr("&Forget"), rememberedBox);
    m_forget->setObjectName(u"TeamCatalogForget"_s);
    m_forget->setToolTip(tr("Forget the chosen connection and take its password out of the "
                            "keychain"));
    rememberedLayout->addWidget(m_forget, 0, Qt::AlignRight);
    const QStringList names = m_settings.teamCatalogNames();
    m_remembered->addItems(names);
    if (names.isEmpty())
        m_remembered->addItem(tr("(none yet)"));
    m_remembered->setEnabled(!names.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host or socket folder:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&CA file:"), m_caFile->parentWidget());
    auto *authentication = new QHBoxLayout;
    authentication->addWidget(m_byPassword);
    authentication->addWidget(m_byCertificate);
    authentication->addStretch();
    form->addRow(tr("Sign in with:"), authentication);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("Certificate file:"), m_certFile->parentWidget());
    form->addRow(tr("&Key file:"), m_keyFile->parentWidget());

    auto *note = new QLabel(tr("Over the network the server is reached with TLS only, and its "
                               "certificate must be signed by the CA and name the host. The "
                               "password is kept in the system keychain, never in the "
                               "settings."),
                            this);
    note->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c0392b;"_s);
    m_error->hide();

    m_open = m_buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(u"TeamCatalogOpen"_s);
    m_open->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(note);
    right->addWidget(m_error);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addWidget(rememberedBox, 1);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    connect(m_remembered, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (m_settings.teamCatalogNames().contains(name))
            choose(name);
    });
    connect(m_remembered, &QListWidget::itemActivated, this, [this] {
        if (m_open->isEnabled())
            accept();
    });
    connect(m_forget, &QPushButton::clicked, this, &TeamCatalogDialog::forget);
    for (QLineEdit *edit :
         {m_name, m_host, m_database, m_user, m_caFile, m_password, m_certFile, m_keyFile})
        connect(edit, &QLineEdit::textChanged, this, &TeamCatalogDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamCatalogDialog::updateState);
    connect(m_byPassword, &QRadioButton::toggled, this, &TeamCatalogDialog::updateState);
    updateState();
    resize(760, 420);
}

QLineEdit *TeamCatalogDialog::fileField(const QString &objectName, const QString &filter)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    auto *browse = new QToolButton(row);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a file"));
    layout->addWidget(edit);
    layout->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this, edit, filter] {
        const QString file = QFileDialog::getOpenFileName(this,
                                                          tr("Choose a File"),
                                                          edit->text(),
                                                          filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    return edit;
}

QString TeamCatalogDialog::name() const
{
    return m_name->text().trimmed();
}

PostgresConnection TeamCatalogDialog::connection() const
{
    PostgresConnection c;
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.database = m_database->text().trimmed();
    c.user = m_user->text().trimmed();
    c.sslRootCert = m_caFile->text().trimmed();
    if (m_byPassword->isChecked()) {
        c.password = m_password->text();
    } else {
        c.sslCert = m_certFile->text().trimmed();
        c.sslKey = m_keyFile->text().trimmed();
    }
    return c;
}

bool TeamCatalogDialog::passwordTyped() const
{
    return m_byPassword->isChecked() && !m_password->text().isEmpty();
}

void TeamCatalogDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TeamCatalogDialog::choose(const QString &name)
{
    const auto remembered = teamCatalogConnection(m_settings, name, false);
    if (!remembered) {
        setError(tr("The remembered connection %1 cannot be read: %2")
                     .arg(name, remembered.errorMessage()));
        return;
    }
    m_name->setText(name);
    m_host->setText(remembered->host);
    m_port->setValue(remembered->port);
    m_database->setText(remembered->database);
    m_user->setText(remembered->user);
    m_caFile->setText(remembered->sslRootCert);
    m_certFile->setText(remembered->sslCert);
    m_keyFile->setText(remembered->sslKey);
    const bool byCertificate = !remembered->sslCert.isEmpty();
    m_byCertificate->setChecked(byCertificate);
    m_byPassword->setChecked(!byCertificate);
    m_password->clear();
    m_password->setPlaceholderText(tr("kept in the keychain; type to replace it"));
    setError({});
}

void TeamCatalogDialog::forget()
{
    const QListWidgetItem *item = m_remembered->currentItem();
    if (!item || !m_settings.teamCatalogNames().contains(item->text()))
        return;
    const QString name = item->text();
    m_settings.removeTeamCatalog(name);
    m_settings.sync();
    removeSecret(kTeamCatalogSecrets.toString(), name, this, [this, name](Result<void> removed) {
        if (!removed)
            setError(tr("%1 is forgotten, but its password could not be taken "
                        "out of the keychain: %2")
                         .arg(name, removed.errorMessage()));
    });
    delete m_remembered->takeItem(m_remembered->row(item));
    m_password->setPlaceholderText({});
    updateState();
}

void TeamCatalogDialog::updateState()
{
    const bool byCertificate = m_byCertificate->isChecked();
    m_password->setEnabled(!byCertificate);
    m_certFile->parentWidget()->setEnabled(byCertificate);
    m_keyFile->parentWidget()->setEnabled(byCertificate);
    const PostgresConnection c = connection();
    // A socket needs no TLS; over the network the CA decides whom to trust.
    m_caFile->parentWidget()->setEnabled(!c.isLocalSocket());
    m_port->setEnabled(true);
    m_forget->setEnabled(
        m_remembered->currentItem()
        && m_settings.teamCatalogNames().contains(m_remembered->currentItem()->text()));
    QString problem;
    if (!name().isEmpty() && !isValidName(name()))
        problem = tr("A name of letters, digits, '.', '-' and '_'.");
    else if (byCertificate && (c.sslCert.isEmpty() || c.sslKey.isEmpty()))
        problem = tr("A client certificate needs its certificate file and its key file.");
    const bool complete = !name().isEmpty() && !c.host.isEmpty() && !c.database.isEmpty()
                          && !c.user.isEmpty();
    if (problem.isEmpty() && complete) {
        PostgresConnection withoutSecret = c;
        withoutSecret.password.clear();
        if (auto parsed = PostgresConnection::fromUrl(withoutSecret.url()); !parsed)
            problem = parsed.errorMessage();
    }
    setError(problem);
    m_open->setEnabled(complete && problem.isEmpty());
}

} // namespace Slipway
