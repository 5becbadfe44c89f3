#pragma once

#include "core/checks/parameterflow.h"
#include "core/connector/cloudconfig.h"
#include "core/model/effectiveimage.h"
#include "core/run/runplan.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProcess;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Slipway {

class BaseImageMaker;

// The launch dialog: the cloud of each node, the inputs, multiplicities,
// keep-running, tags and the run's timeout, and the checks a launch makes first: validation
// and the recipe-aware checks, computed again as the multiplicities and inputs change. An
// error of validation blocks the launch; an error of the recipe checks blocks it unless
// "Launch anyway" is ticked (they read scripts, and a script may know better).
class LaunchDialog : public QDialog
{
    Q_OBJECT

public:
    // module: the deployment (or image) to launch; lookup finds its images; clouds: those of
    // this installation, "local" first.
    LaunchDialog(const Module &module,
                 ModuleLookup lookup,
                 const QList<CloudConfig> &clouds,
                 QWidget *parent = nullptr);
    ~LaunchDialog() override;

    // What the user chose: only what differs from the module (clouds, multiplicities, input
    // values) is listed, so that the module keeps deciding the rest.
    LaunchOptions options() const;
    const ParameterFlow &checks() const { return m_flow; }
    const QList<Problem> &validationProblems() const { return m_validation; }
    bool isLaunchBlocked() const;

    QComboBox *defaultCloudBox() const { return m_defaultCloud; }
    QTableWidget *nodesTable() const { return m_nodes; }
    QTableWidget *inputsTable() const { return m_inputs; }
    QComboBox *keepRunningBox() const { return m_keepRunning; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QListWidget *problemsList() const { return m_problems; }
    QCheckBox *launchAnywayBox() const { return m_launchAnyway; }
    QPushButton *launchButton() const { return m_launch; }
    // Shown when a node goes to a local cloud and the local base image is not there yet: it
    // says so and offers to make it here, with its progress.
    QWidget *baseImageBar() const { return m_baseImageBar; }
    QPushButton *makeBaseImageButton() const { return m_makeBaseImage; }
    QProgressBar *baseImageProgress() const { return m_baseImageProgress; }

    // The cell widgets, by node (and input) name.
    QComboBox *cloudBox(const QString &node) const;
    QSpinBox *multiplicityBox(const QString &node) const;
    // The value field of an input: a combo box for an enumeration, a check box for a boolean,
    // a hidden line edit for a password, a line edit otherwise.
    QWidget *inputWidget(const QString &node, const QString &input) const;
    // The line edit of a text or password input; nullptr for the other types.
    QLineEdit *inputEdit(const QString &node, const QString &input) const;
    // The value an input has now in the dialog, as the run gets it.
    QString inputValue(const QString &node, const QString &input) const;

    enum NodeColumn { NodeNameColumn, NodeImageColumn, NodeCloudColumn, NodeInstancesColumn };
    enum InputColumn { InputNodeColumn, InputNameColumn, InputValueColumn, InputDescriptionColumn };

Q_SIGNALS:
    // The local base image was looked for (present: it is there).
    void baseImageChecked(bool present);
    // A check problem was double-clicked: the caller opens the script there.
    void scriptLocationActivated(const Slipway::ScriptLocation &location);

private:
    struct InputRow
    {
        QString node;
        Parameter parameter;
        QString initial;             // the default or literal mapping the module gives
        QLineEdit *edit = nullptr;   // text and passwords
        QComboBox *choice = nullptr; // enumerations
        QCheckBox *check = nullptr;  // booleans
        bool touched = false;        // a boolean's box was clicked

        QString name() const { return parameter.name; }
        QWidget *widget() const;
        QString value() const;
    };

    QWidget *makeInputWidget(InputRow &row);
    // The inputs' values that cannot be launched: a value outside an enumeration, a boolean
    // that is neither true nor false; each also marks its field.
    QList<Problem> inputProblems();

    void buildNodes(const QList<CloudConfig> &clouds);
    void buildInputs();
    void recheck();
    void updateLaunchButton();

    Module m_module;
    ModuleLookup m_lookup;
    QList<Node> m_moduleNodes;
    QHash<QString, EffectiveImage> m_images; // node -> effective image
    QList<InputRow> m_inputRows;
    ParameterFlow m_flow;
    QList<Problem> m_validation;

    QComboBox *m_defaultCloud;
    QTableWidget *m_nodes;
    QTableWidget *m_inputs;
    QComboBox *m_keepRunning;
    QLineEdit *m_tags;
    QSpinBox *m_timeout;
    QLabel *m_summary;
    QListWidget *m_problems;
    QCheckBox *m_launchAnyway;
    QPushButton *m_launch;
    QWidget *m_baseImageBar = nullptr;
    QLabel *m_baseImageLabel = nullptr;
    QPushButton *m_makeBaseImage = nullptr;
    QProgressBar *m_baseImageProgress = nullptr;
    std::optional<bool> m_baseImagePresent; // empty: not known yet
    QStringList m_localClouds;              // the clouds of kind local
    QString m_localExecutable = QStringLiteral("podman");
    BaseImageMaker *m_maker = nullptr;
    QPointer<QProcess> m_baseImageCheck;
    void checkBaseImage();
    void makeBaseImage();
    void updateBaseImageBar();
};

} // namespace Slipway
