#include "settingsdialog.h"

#include "core/connector/cloudconfig.h"
#include "core/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Slipway {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_clouds(new QListWidget(this))
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
    const CloudConfig local = CloudConfig::local();
    QStringList names{local.name};
    if (!settings.defaultCloud().isEmpty() && !names.contains(settings.defaultCloud()))
        names.append(settings.defaultCloud());
    for (const QString &name : std::as_const(names)) {
        auto *item = new QListWidgetItem(name, m_clouds);
        if (name == local.name)
            item->setToolTip(tr("Local containers (Podman or Docker)"));
    }
    cloudsLayout->addRow(tr("Clouds:"), m_clouds);
    m_defaultCloud->setObjectName(u"DefaultCloud"_s);
    m_defaultCloud->setEditable(true);
    m_defaultCloud->addItems(names);
    m_defaultCloud->setCurrentText(settings.defaultCloud());
    cloudsLayout->addRow(tr("&Default cloud:"), m_defaultCloud);
    auto *cloudsHint = new QLabel(tr("Nodes that name no cloud run in the default cloud."), clouds);
    cloudsHint->setWordWrap(true);
    cloudsLayout->addRow(cloudsHint);
    tabs->addTab(clouds, tr("Clouds"));

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

void SettingsDialog::apply()
{
    m_settings.setDefaultCloud(m_defaultCloud->currentText().trimmed());
    m_settings.setEditorFontFamily(m_font->currentFont().family());
    m_settings.setEditorFontSize(m_fontSize->value());
    m_settings.setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings.sync();
}

} // namespace Slipway
