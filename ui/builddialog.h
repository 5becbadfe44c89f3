#pragma once

#include "core/catalog/buildstatus.h"
#include "core/connector/cloudconfig.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;

namespace Slipway {

class ConnectorRegistry;

// Asks on which clouds to build an image: one check box per cloud that can build images,
// saying what is built there now (current or stale). Stale and never-built clouds start
// checked when the image is built somewhere already, else the first cloud.
class BuildDialog : public QDialog
{
    Q_OBJECT

public:
    BuildDialog(const QString &imagePath,
                const QList<CloudConfig> &clouds,
                const QList<ImageBuildState> &states,
                const ConnectorRegistry &registry,
                QWidget *parent = nullptr);

    QStringList selectedClouds() const;
    QListWidget *cloudList() const { return m_list; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateButtons();

    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace Slipway
