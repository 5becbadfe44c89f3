#include "settingsdialog.h"

#include "connectors/builtinconnectors.h"
#include "core/connector/cloudconfig.h"
#include "core/connector/connector.h"
#include "core/secrets/secretstore.h"
#include "core/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
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
    , m_cloudStatus(new QLabel(this))
    , m_defaultCloud(new QComboBox(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_theme(new QComboBox(this))
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
    cloudButtons->addWidget(m_testCloud);
    cloudButtons->addStretch();
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
    connect(m_addCloud, &QPushButton::clicked, this, &SettingsDialog::askForCloud);
    connect(m_testCloud, &QPushButton::clicked, this, &SettingsDialog::testSelectedCloud);
    connect(m_clouds, &QListWidget::currentRowChanged, this, [this](int row) {
        m_testCloud->setEnabled(row >= 0);
    });
    m_testCloud->setEnabled(m_clouds->currentRow() >= 0);

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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
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

void SettingsDialog::askForCloud()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Add a cloud"));
    auto *form = new QFormLayout(&ask);
    auto *name = new QLineEdit(&ask);
    auto *kind = new QComboBox(&ask);
    for (const QString &k : m_registry.kinds())
        kind->addItem(m_registry.find(k)->displayName, k);
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
            edit->setPlaceholderText(setting.defaultValue);
            edit->setToolTip(setting.description);
            settingsForm->addRow(setting.key + u':', edit);
            fields << std::pair{setting.key, edit};
        }
        // The cloud's credential: to the keychain, never to clouds.json.
        if (k->secret) {
            secret = new QLineEdit(&ask);
            secret->setEchoMode(QLineEdit::Password);
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
    if (!addCloud(cloud) || secretValue.isEmpty())
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

void SettingsDialog::apply()
{
    m_settings.setDefaultCloud(m_defaultCloud->currentText().trimmed());
    m_settings.setEditorFontFamily(m_font->currentFont().family());
    m_settings.setEditorFontSize(m_fontSize->value());
    m_settings.setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings.sync();
}

} // namespace Slipway
