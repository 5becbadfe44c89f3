#pragma once

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QListWidget;
class QSpinBox;

namespace Slipway {

class Settings;

// The user's settings: the clouds and the default one, the editor font and the theme.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings &settings, QWidget *parent = nullptr);

    QComboBox *defaultCloudBox() const { return m_defaultCloud; }
    QFontComboBox *fontBox() const { return m_font; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QComboBox *themeBox() const { return m_theme; }

    // Writes the choices to the settings (what OK does).
    void apply();

private:
    Settings &m_settings;
    QListWidget *m_clouds;
    QComboBox *m_defaultCloud;
    QFontComboBox *m_font;
    QSpinBox *m_fontSize;
    QComboBox *m_theme;
};

} // namespace Slipway
