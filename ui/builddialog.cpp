#include "builddialog.h"

#include "core/connector/connectorregistry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

BuildDialog::BuildDialog(const QString &imagePath,
                         const QList<CloudConfig> &clouds,
                         const QList<ImageBuildState> &states,
                         const ConnectorRegistry &registry,
                         QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"BuildDialog"_s);
    setWindowTitle(tr("Build %1").arg(imagePath));
    m_list->setObjectName(u"BuildClouds"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Build <b>%1</b> on the clouds checked below; each build is a "
                                "run you can follow and abort.")
                                 .arg(imagePath.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Build"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const QLocale locale;
    for (const CloudConfig &cloud : clouds) {
        const ConnectorKind *kind = registry.find(cloud.kind);
        if (!kind || !kind->capabilities.buildsImages)
            continue;
        const ImageBuildState *state = nullptr;
        for (const ImageBuildState &s : states)
            if (s.cloud == cloud.name)
                state = &s;
        QString text = cloud.name;
        if (!state)
            text += u" — "_s + tr("not built");
        else if (state->stale)
            text += u" — "_s + tr("stale: %1").arg(state->reason);
        else
            text += u" — "_s
                    + tr("built %1")
                          .arg(locale.toString(state->builtAt.toLocalTime(), QLocale::ShortFormat));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, cloud.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool check = states.isEmpty() ? m_list->count() == 1 : (!state || state->stale);
        item->setCheckState(check ? Qt::Checked : Qt::Unchecked);
    }
    if (m_list->count() == 0)
        layout->insertWidget(1,
                             new QLabel(tr("No cloud can build images: add one in Settings."),
                                        this));
    connect(m_list, &QListWidget::itemChanged, this, &BuildDialog::updateButtons);
    updateButtons();
    resize(520, 300);
}

QStringList BuildDialog::selectedClouds() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void BuildDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedClouds().isEmpty());
}

} // namespace Slipway
