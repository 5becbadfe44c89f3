#pragma once

#include "core/connector/connectorregistry.h"
#include "core/run/cloudlist.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QFontComboBox;
class QListWidget;
class QSpinBox;

namespace Slipway {

class Settings;

// The user's settings: the clouds (list, add, test) and the default one, the editor font and
// the theme. Clouds are kept in the data folder's clouds.json (CloudList); their credentials
// never are.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);
    // clouds: the list to show and change (default: Paths::dataDir()/clouds.json).
    SettingsDialog(Settings &settings, const QString &cloudsFile, QWidget *parent = nullptr);

    QListWidget *cloudList() const { return m_clouds; }
    QPushButton *addCloudButton() const { return m_addCloud; }
    QPushButton *testCloudButton() const { return m_testCloud; }
    QPushButton *editCloudButton() const { return m_editCloud; }
    QPushButton *removeCloudButton() const { return m_removeCloud; }
    QPushButton *relayButton() const { return m_relay; }
    QLabel *cloudStatus() const { return m_cloudStatus; }

    // Adds or replaces a cloud and saves the list; false with a message in cloudStatus().
    bool addCloud(const CloudConfig &cloud);
    // Removes a cloud from the list and its secret from the keychain; false with a message in
    // cloudStatus().
    bool removeCloud(const QString &name);
    // Checks the selected cloud with its connector; the answer arrives in cloudStatus().
    void testSelectedCloud();

    QComboBox *defaultCloudBox() const { return m_defaultCloud; }
    QFontComboBox *fontBox() const { return m_font; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *runsKeptBox() const { return m_runsKept; }
    QSpinBox *runDaysKeptBox() const { return m_runDaysKept; }
    QComboBox *brokerListenBox() const { return m_brokerListen; }
    QLabel *runsStatus() const { return m_runsStatus; }

    // Writes the choices to the settings (what OK does); false, with the reason in
    // runsStatus(), when the broker's addresses are not auto, all or IP addresses (nothing is
    // written then).
    bool apply();

private:
    void fillClouds();
    // Asks for a new cloud, or for the settings of an existing one (its name and kind kept).
    void askForCloud(const std::optional<CloudConfig> &existing = std::nullopt);
    void selectedCloudChanged();

    Settings &m_settings;
    CloudList m_cloudList;
    ConnectorRegistry m_registry;
    QListWidget *m_clouds;
    QPushButton *m_addCloud;
    QPushButton *m_testCloud;
    QPushButton *m_editCloud;
    QPushButton *m_removeCloud;
    QPushButton *m_relay;
    QLabel *m_cloudStatus;
    QComboBox *m_defaultCloud;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QComboBox *m_theme;
    QSpinBox *m_runsKept;
    QSpinBox *m_runDaysKept;
    QComboBox *m_brokerListen;
    QLabel *m_runsStatus;
};

} // namespace Slipway
