#pragma once

// The page the main window opens on (and comes back to when every tab is closed): launch an
// example in one click, import SlipStream modules or a bundle, the recent modules and runs,
// and the clouds of this installation with whether each is ready to launch on (the local
// base image is there, the credentials are in the keychain, the relay is set up for the clouds
// that need it), each problem with the button that fixes it.

#include "core/connector/connectorregistry.h"

#include <QHash>
#include <QMap>
#include <QPointer>
#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Slipway {

class BaseImageMaker;
class Catalog;
class Settings;

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    // dataDir: where clouds.json and relay.json are (empty: Paths::dataDir()).
    explicit WelcomePage(Settings &settings, QString dataDir = {}, QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Fills the page again from the catalog (examples, recent modules), the run records kept
    // beside it and the clouds; the clouds' checks answer later (cloudChecked()).
    void refresh(Catalog *catalog);

    // A cloud's state as the page shows it.
    enum class CloudState { Checking, Ready, NeedsAction };
    CloudState cloudState(const QString &cloud) const;
    QString cloudMessage(const QString &cloud) const;
    // The button that fixes the cloud's problem; nullptr when it is ready or being checked.
    QPushButton *cloudFixButton(const QString &cloud) const;

    QList<QPushButton *> exampleButtons() const { return m_examples; }
    QList<QPushButton *> recentModuleButtons() const { return m_recentModules; }
    QList<QPushButton *> recentRunButtons() const { return m_recentRuns; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *newButton() const { return m_new; }

    // The image every local container starts from (made by packaging/buildroot/base-image.sh,
    // or by the local cloud's fix here).
    static QString localBaseImage();
    // Makes the local base image (BaseImageMaker) with a progress dialog, then checks the
    // clouds again.
    void makeBaseImage(const QString &executable = QStringLiteral("podman"));
    // The progress dialog while the base image is being made; nullptr otherwise.
    QWidget *baseImageProgress() const { return m_baseImageProgress; }

Q_SIGNALS:
    void launchRequested(const QString &module);
    void openRequested(const QString &module);
    void runRequested(const QString &run);
    void importRequested();
    void newDeploymentRequested();
    // The cloud has no credentials in the keychain.
    void credentialsRequested(const QString &cloud);
    // No relay is set up, and the cloud needs one.
    void relayRequested();
    void cloudChecked(const QString &cloud);
    // Making the base image ended (ok: it is there).
    void baseImageMade(bool ok, const QString &message);

private:
    struct CloudRow
    {
        QString name;
        CloudState state = CloudState::Checking;
        QString message;
        int pending = 0; // checks not answered yet
        QStringList problems;
        // The fixes of its problems by order of need (base image, credentials, relay): the
        // button offers the first one.
        QMap<int, QPair<QString, std::function<void()>>> fixes;
        QLabel *icon = nullptr;
        QLabel *status = nullptr;
        QPushButton *fix = nullptr;
    };

    QPushButton *linkButton(const QString &text, const QString &toolTip, QWidget *parent);
    void clearLayout(QVBoxLayout *layout);
    void fillExamples(Catalog *catalog);
    void fillRecent(Catalog *catalog);
    void fillClouds();
    void checkLocal(const QString &cloud, const QString &executable);
    void checkCredentials(const QString &cloud, const QString &secretName);
    void checkRelay(const QString &cloud);
    enum FixOrder { BaseImageFix, CredentialsFix, RelayFix };
    // One check of a cloud answered: problem empty when it passed, else the fix's button text
    // and what it does.
    void answer(const QString &cloud,
                const QString &problem,
                FixOrder order = BaseImageFix,
                const QString &fixText = {},
                std::function<void()> fix = {});
    void showCloud(CloudRow &row);

    Settings &m_settings;
    QString m_dataDir;
    ConnectorRegistry m_registry;
    QVBoxLayout *m_examplesBox = nullptr;
    QVBoxLayout *m_recentBox = nullptr;
    QGridLayout *m_cloudsGrid = nullptr;
    QWidget *m_cloudsPane = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_new = nullptr;
    QList<QPushButton *> m_examples;
    QList<QPushButton *> m_recentModules;
    QList<QPushButton *> m_recentRuns;
    QHash<QString, CloudRow> m_clouds;
    int m_generation = 0; // answers of an earlier refresh are dropped
    BaseImageMaker *m_maker = nullptr;
    QPointer<QWidget> m_baseImageProgress;
    QString m_baseImageMessage;
};

} // namespace Slipway
