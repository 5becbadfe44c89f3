#include "settingsdialog.h"

#include "connectors/builtinconnectors.h"
#include "core/connector/cloudconfig.h"
#include "core/connector/connector.h"
#include "core/run/runhost.h"
#include "core/secrets/secretstore.h"
#include "core/settings.h"
#include "ui/relaydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Slipway {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : SettingsDialog(settings, QString(), parent)
{}

SettingsDialog::SettingsDialog(Settings &settings, const QString &cloudsFile, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_cloudList(cloudsFile)
    , m_registry(builtinConnectors())
    , m_clouds(new QListWidget(this))
    , m_addCloud(new QPushButton(tr("&Add…"), this))
    , m_testCloud(new QPushButton(tr("&Test"), this))
    , m_editCloud(new QPushButton(tr("&Edit…"), this))
    , m_removeCloud(new QPushButton(tr("&Remove…"), this))
    , m_relay(new QPushButton(tr("Re&lay…"), this))
    , m_cloudStatus(new QLabel(this))
    , m_defaultCloud(new QComboBox(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_runsKept(new QSpinBox(this))
    , m_runDaysKept(new QSpinBox(this))
    , m_brokerListen(new QComboBox(this))
    , m_runsStatus(new QLabel(this))
{
    setObjectName(u"SettingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);

    auto *clouds = new QWidget(tabs);
    auto *cloudsLayout = new QFormLayout(clouds);
    m_clouds->setObjectName(u"Clouds"_s);
    m_addCloud->setObjectName(u"AddCloud"_s);
    m_testCloud->setObjectName(u"TestCloud"_s);
    m_cloudStatus->setObjectName(u"CloudStatus"_s);
    m_cloudStatus->setWordWrap(true);
    m_cloudStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (const Result<void> loaded = m_cloudList.load(); !loaded)
        m_cloudStatus->setText(loaded.errorMessage());
    auto *cloudButtons = new QHBoxLayout;
    cloudButtons->addWidget(m_addCloud);
    cloudButtons->addWidget(m_editCloud);
    cloudButtons->addWidget(m_removeCloud);
    cloudButtons->addWidget(m_testCloud);
    cloudButtons->addStretch();
    cloudButtons->addWidget(m_relay);
    m_editCloud->setObjectName(u"EditCloud"_s);
    m_removeCloud->setObjectName(u"RemoveCloud"_s);
    m_relay->setObjectName(u"Relay"_s);
    m_relay->setToolTip(tr("Set up slipway-relay, through which the nodes of EC2 and OpenStack "
                           "reach this machine"));
    cloudsLayout->addRow(tr("Clouds:"), m_clouds);
    cloudsLayout->addRow(QString(), cloudButtons);
    cloudsLayout->addRow(QString(), m_cloudStatus);
    m_defaultCloud->setObjectName(u"DefaultCloud"_s);
    m_defaultCloud->setEditable(true);
    fillClouds();
    m_defaultCloud->setCurrentText(settings.defaultCloud());
    cloudsLayout->addRow(tr("&Default cloud:"), m_defaultCloud);
    auto *cloudsHint = new QLabel(tr("Nodes that name no cloud run in the default cloud. "
                                     "Credentials are kept in the system keychain, never in "
                                     "this list."),
                                  clouds);
    cloudsHint->setWordWrap(true);
    cloudsLayout->addRow(cloudsHint);
    tabs->addTab(clouds, tr("Clouds"));
    connect(m_addCloud, &QPushButton::clicked, this, [this] { askForCloud(); });
    connect(m_editCloud, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_clouds->currentItem())
            askForCloud(m_cloudList.find(item->data(Qt::UserRole).toString()));
    });
    connect(m_removeCloud, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_clouds->currentItem();
        if (!item)
            return;
        const QString name = item->data(Qt::UserRole).toString();
        if (QMessageBox::question(this,
                                  tr("Remove %1").arg(name),
                                  tr("Remove the cloud %1 and its credentials from the "
                                     "keychain? Runs on it keep their records.")
                                      .arg(name))
            == QMessageBox::Yes)
            removeCloud(name);
    });
    connect(m_relay, &QPushButton::clicked, this, [this] {
        RelayDialog relay(QFileInfo(m_cloudList.fileName()).absolutePath(), this);
        if (relay.exec() == QDialog::Accepted)
            m_cloudStatus->setText(tr("The relay is set up: %1").arg(relay.settings().nodeUrl));
    });
    connect(m_testCloud, &QPushButton::clicked, this, &SettingsDialog::testSelectedCloud);
    connect(m_clouds, &QListWidget::currentRowChanged, this, &SettingsDialog::selectedCloudChanged);
    selectedCloudChanged();

    auto *editor = new QWidget(tabs);
    auto *editorLayout = new QFormLayout(editor);
    m_font->setObjectName(u"EditorFont"_s);
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(QFont(settings.editorFontFamily()));
    editorLayout->addRow(tr("Editor &font:"), m_font);
    m_fontSize->setObjectName(u"EditorFontSize"_s);
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings.editorFontSize());
    editorLayout->addRow(tr("Font &size:"), m_fontSize);
    m_theme->setObjectName(u"Theme"_s);
    m_theme->addItem(tr("Follow the system"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));
    editorLayout->addRow(tr("&Theme:"), m_theme);
    tabs->addTab(editor, tr("Editor"));

    auto *runs = new QWidget(tabs);
    runs->setObjectName(u"RunsTab"_s);
    auto *runsLayout = new QFormLayout(runs);
    m_runsKept->setObjectName(u"RunsKept"_s);
    m_runsKept->setRange(0, 100000);
    m_runsKept->setSpecialValueText(tr("all"));
    m_runsKept->setValue(settings.runsKept());
    runsLayout->addRow(tr("&Keep the finished runs:"), m_runsKept);
    m_runDaysKept->setObjectName(u"RunDaysKept"_s);
    m_runDaysKept->setRange(0, 36500);
    m_runDaysKept->setSpecialValueText(tr("no limit"));
    m_runDaysKept->setSuffix(tr(" days"));
    m_runDaysKept->setValue(settings.runDaysKept());
    runsLayout->addRow(tr("For at &most:"), m_runDaysKept);
    auto *retentionHint = new QLabel(tr("The parameters and reports of the newest finished runs "
                                        "are kept, each for at most this long after it "
                                        "finished; older ones are removed when the runs are "
                                        "next hosted. Their records (state, events, instances) "
                                        "stay."),
                                     runs);
    retentionHint->setWordWrap(true);
    runsLayout->addRow(retentionHint);
    m_brokerListen->setObjectName(u"BrokerListen"_s);
    m_brokerListen->setEditable(true);
    m_brokerListen->addItem(u"auto"_s);
    m_brokerListen->addItem(u"all"_s);
    m_brokerListen->setCurrentText(settings.brokerListen());
    m_brokerListen->setToolTip(tr("auto, all, or IP addresses separated by commas"));
    runsLayout->addRow(tr("&Broker listens on:"), m_brokerListen);
    auto *listenHint = new QLabel(tr("auto: loopback and the interfaces the nodes come through "
                                     "(container networks, tunnels), not those other machines "
                                     "reach. all: every interface. Or IP addresses, separated "
                                     "by commas. Used when the runs are next hosted."),
                                  runs);
    listenHint->setWordWrap(true);
    runsLayout->addRow(listenHint);
    m_runsStatus->setObjectName(u"RunsStatus"_s);
    m_runsStatus->setWordWrap(true);
    m_runsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runsLayout->addRow(m_runsStatus);
    tabs->addTab(runs, tr("Runs"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, tabs, runs] {
        if (apply()) {
            accept();
        } else {
            tabs->setCurrentWidget(runs);
            m_brokerListen->setFocus();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

void SettingsDialog::fillClouds()
{
    const QString current = m_defaultCloud->currentText();
    m_clouds->clear();
    QStringList names;
    for (const CloudConfig &cloud : m_cloudList.clouds()) {
        const ConnectorKind *kind = m_registry.find(cloud.kind);
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(cloud.name,
                                                           kind ? kind->displayName : cloud.kind),
                                         m_clouds);
        item->setData(Qt::UserRole, cloud.name);
        names << cloud.name;
    }
    if (!m_settings.defaultCloud().isEmpty() && !names.contains(m_settings.defaultCloud()))
        names << m_settings.defaultCloud();
    m_defaultCloud->clear();
    m_defaultCloud->addItems(names);
    m_defaultCloud->setCurrentText(current.isEmpty() ? m_settings.defaultCloud() : current);
}

bool SettingsDialog::addCloud(const CloudConfig &cloud)
{
    if (cloud.name.trimmed().isEmpty() || !m_registry.find(cloud.kind)) {
        m_cloudStatus->setText(tr("A cloud needs a name and a known kind."));
        return false;
    }
    Result<void> done = m_cloudList.add(cloud);
    if (done)
        done = m_cloudList.save();
    if (!done) {
        m_cloudStatus->setText(done.errorMessage());
        return false;
    }
    fillClouds();
    for (int row = 0; row < m_clouds->count(); ++row) {
        if (m_clouds->item(row)->data(Qt::UserRole).toString() == cloud.name)
            m_clouds->setCurrentRow(row);
    }
    m_cloudStatus->setText(tr("%1 added.").arg(cloud.name));
    return true;
}

void SettingsDialog::selectedCloudChanged()
{
    const bool selected = m_clouds->currentRow() >= 0;
    m_testCloud->setEnabled(selected);
    m_editCloud->setEnabled(selected);
    // "local" always exists: its settings can be edited, not removed.
    m_removeCloud->setEnabled(selected
                              && m_clouds->currentItem()->data(Qt::UserRole).toString()
                                     != CloudConfig::local().name);
}

bool SettingsDialog::removeCloud(const QString &name)
{
    const std::optional<CloudConfig> cloud = m_cloudList.find(name);
    Result<void> done = m_cloudList.remove(name);
    if (done)
        done = m_cloudList.save();
    if (!done) {
        m_cloudStatus->setText(done.errorMessage());
        return false;
    }
    fillClouds();
    selectedCloudChanged();
    m_cloudStatus->setText(tr("%1 removed.").arg(name));
    const ConnectorKind *kind = cloud ? m_registry.find(cloud->kind) : nullptr;
    if (kind && kind->secret && kind->secret->name)
        removeSecret(name, kind->secret->name(*cloud), this, [this, name](Result<void> gone) {
            if (!gone)
                m_cloudStatus->setText(tr("%1 removed, but its secret is still in the keychain: "
                                          "%2")
                                           .arg(name, gone.errorMessage()));
        });
    return true;
}

void SettingsDialog::askForCloud(const std::optional<CloudConfig> &existing)
{
    QDialog ask(this);
    ask.setObjectName(u"CloudDialog"_s);
    ask.setWindowTitle(existing ? tr("Edit the cloud %1").arg(existing->name) : tr("Add a cloud"));
    auto *form = new QFormLayout(&ask);
    auto *name = new QLineEdit(&ask);
    name->setObjectName(u"CloudName"_s);
    auto *kind = new QComboBox(&ask);
    kind->setObjectName(u"CloudKind"_s);
    for (const QString &k : m_registry.kinds())
        kind->addItem(m_registry.find(k)->displayName, k);
    if (existing) {
        // A cloud keeps its name and kind: runs and the keychain refer to them.
        name->setText(existing->name);
        name->setReadOnly(true);
        kind->setCurrentIndex(std::max(0, kind->findData(existing->kind)));
        kind->setEnabled(false);
    }
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Kind:"), kind);
    auto *settingsForm = new QFormLayout;
    form->addRow(settingsForm);
    QList<std::pair<QString, QLineEdit *>> fields;
    QLineEdit *secret = nullptr;
    const auto showSettings = [&] {
        while (settingsForm->rowCount() > 0)
            settingsForm->removeRow(0);
        fields.clear();
        secret = nullptr;
        const ConnectorKind *k = m_registry.find(kind->currentData().toString());
        if (!k)
            return;
        for (const ConnectorSetting &setting : k->settings) {
            auto *edit = new QLineEdit(&ask);
            edit->setObjectName(u"Setting:"_s + setting.key);
            if (existing)
                edit->setText(existing->setting(setting.key));
            edit->setPlaceholderText(setting.defaultValue);
            edit->setToolTip(setting.description);
            settingsForm->addRow(setting.key + u':', edit);
            fields << std::pair{setting.key, edit};
        }
        // The cloud's credential: to the keychain, never to clouds.json.
        if (k->secret) {
            secret = new QLineEdit(&ask);
            secret->setObjectName(u"CloudSecret"_s);
            secret->setEchoMode(QLineEdit::Password);
            if (existing)
                secret->setPlaceholderText(tr("Unchanged (in the keychain)"));
            secret->setToolTip(k->secret->description + tr("; kept in the system keychain"));
            settingsForm->addRow(k->secret->label, secret);
        }
    };
    showSettings();
    connect(kind, &QComboBox::currentIndexChanged, &ask, showSettings);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    form->addRow(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    CloudConfig cloud;
    cloud.name = name->text().trimmed();
    cloud.kind = kind->currentData().toString();
    for (const auto &[key, edit] : std::as_const(fields)) {
        if (!edit->text().trimmed().isEmpty())
            cloud.settings.insert(key, edit->text().trimmed());
    }
    const QByteArray secretValue = secret ? secret->text().toUtf8() : QByteArray();
    if (!addCloud(cloud))
        return;
    if (existing)
        m_cloudStatus->setText(tr("%1 updated.").arg(cloud.name));
    if (secretValue.isEmpty())
        return;
    const QString cloudName = cloud.name;
    const QString secretName = m_registry.find(cloud.kind)->secret->name(cloud);
    writeSecret(cloudName, secretName, secretValue, this, [this, cloudName](Result<void> stored) {
        m_cloudStatus->setText(stored
                                   ? tr("%1 added; its secret is in the keychain.").arg(cloudName)
                                   : tr("%1 added, but its secret could not be stored: %2")
                                         .arg(cloudName, stored.errorMessage()));
    });
}

void SettingsDialog::testSelectedCloud()
{
    const QListWidgetItem *item = m_clouds->currentItem();
    if (!item)
        return;
    const std::optional<CloudConfig> cloud = m_cloudList.find(item->data(Qt::UserRole).toString());
    if (!cloud)
        return;
    ConnectorError error;
    Connector *connector = m_registry.create(*cloud, this, &error);
    if (!connector) {
        m_cloudStatus->setText(error.message);
        return;
    }
    m_testCloud->setEnabled(false);
    m_cloudStatus->setText(tr("Testing %1…").arg(cloud->name));
    const QString name = cloud->name;
    // A host whose key is not in known_hosts yet (SSH): ask, and test again accepting it.
    auto run = std::make_shared<std::function<void()>>();
    *run = [this, connector, name, run] {
        CheckOperation *check = connector->check();
        connect(check, &ConnectorOperation::finished, this, [this, check, connector, name, run] {
            // The connector's kind knows whether it has host keys to ask about (SSH).
            const ConnectorKind *kind = m_registry.find(connector->cloud().kind);
            QStringList unknown;
            if (check->error() && kind && kind->hostKeys)
                unknown = kind->hostKeys->unknown(*connector);
            if (!unknown.isEmpty()
                && QMessageBox::question(this,
                                         tr("Unknown host keys"),
                                         tr("These hosts of %1 are not known yet:\n\n%2\n\n"
                                            "Trust these keys and add them to known_hosts?")
                                             .arg(name, unknown.join(u'\n')))
                       == QMessageBox::Yes) {
                kind->hostKeys->acceptUnknown(*connector);
                (*run)();
                return;
            }
            if (check->error())
                m_cloudStatus->setText(
                    tr("%1 cannot be used: %2").arg(name, check->error()->message));
            else
                m_cloudStatus->setText(tr("%1 works: %2").arg(name, check->details()));
            m_testCloud->setEnabled(true);
            *run = nullptr; // breaks the cycle of the shared function
            connector->deleteLater();
        });
    };
    (*run)();
}

bool SettingsDialog::apply()
{
    const QString listen = m_brokerListen->currentText().trimmed();
    if (const Result<QList<QHostAddress>> addresses = RunHost::listenAddresses(listen); !addresses) {
        m_runsStatus->setText(addresses.errorMessage());
        return false;
    }
    m_runsStatus->clear();
    m_settings.setBrokerListen(listen);
    m_settings.setRunsKept(m_runsKept->value());
    m_settings.setRunDaysKept(m_runDaysKept->value());
    m_settings.setDefaultCloud(m_defaultCloud->currentText().trimmed());
    m_settings.setEditorFontFamily(m_font->currentFont().family());
    m_settings.setEditorFontSize(m_fontSize->value());
    m_settings.setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings.sync();
    return true;
}

} // namespace Slipway
