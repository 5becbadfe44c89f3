#include "relaydialog.h"

#include "core/secrets/secretstore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

RelayDialog::RelayDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_file(relaySettingsFile(dataDir))
    , m_nodeUrl(new QLineEdit(this))
    , m_linkUrl(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"RelayDialog"_s);
    setWindowTitle(tr("Relay"));
    m_nodeUrl->setObjectName(u"RelayNodeUrl"_s);
    m_nodeUrl->setPlaceholderText(u"https://relay.example.org:8443"_s);
    m_nodeUrl->setToolTip(tr("The address the nodes call to reach Slipway."));
    m_linkUrl->setObjectName(u"RelayLinkUrl"_s);
    m_linkUrl->setPlaceholderText(u"wss://relay.example.org:8444/slipway-relay/v1"_s);
    m_linkUrl->setToolTip(tr("The address this application links to."));
    m_caFile->setObjectName(u"RelayCaFile"_s);
    m_caFile->setPlaceholderText(tr("The system's certificate authorities"));
    m_secret->setObjectName(u"RelaySecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("The secret shared with the relay; kept in the system keychain."));
    m_status->setObjectName(u"RelayStatus"_s);
    m_status->setWordWrap(true);

    if (const auto current = readRelaySettings(m_file); current && current->has_value()) {
        m_hadSettings = true;
        m_nodeUrl->setText((*current)->nodeUrl);
        m_linkUrl->setText((*current)->linkUrl.toString());
        m_caFile->setText((*current)->caFile);
        m_secret->setPlaceholderText(tr("Unchanged (in the keychain)"));
    } else if (!current) {
        m_status->setText(current.errorMessage());
    }

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this,
                                           tr("Certificate Authorities"),
                                           QString(),
                                           tr("PEM files (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Nodes call:"), m_nodeUrl);
    form->addRow(tr("&Link to:"), m_linkUrl);
    form->addRow(tr("&CA file:"), caRow);
    form->addRow(tr("Shared &secret:"), m_secret);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"RelaySave"_s);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RelayDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The nodes of clouds that cannot reach this machine (EC2, "
                                    "OpenStack) reach Slipway through slipway-relay."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

RelaySettings RelayDialog::settings() const
{
    RelaySettings s;
    s.nodeUrl = m_nodeUrl->text().trimmed();
    s.linkUrl = QUrl(m_linkUrl->text().trimmed());
    s.caFile = m_caFile->text().trimmed();
    return s;
}

void RelayDialog::save()
{
    const QByteArray secret = m_secret->text().toUtf8();
    if (secret.isEmpty() && !m_hadSettings) {
        m_status->setText(tr("The shared secret is needed."));
        return;
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    if (Result<void> written = writeRelaySettings(m_file, settings()); !written) {
        m_status->setText(written.errorMessage());
        return;
    }
    if (secret.isEmpty()) {
        accept();
        return;
    }
    m_save->setEnabled(false);
    m_status->setText(tr("Storing the secret in the keychain…"));
    writeSecret(kRelaySecretCloud.toString(),
                kRelaySecretName.toString(),
                secret,
                this,
                [this](Result<void> stored) {
                    m_save->setEnabled(true);
                    if (!stored) {
                        m_status->setText(tr("The settings are saved, but not the secret: %1")
                                              .arg(stored.errorMessage()));
                        return;
                    }
                    accept();
                });
}

} // namespace Slipway
