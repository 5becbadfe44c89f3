// The settings dialog's "Add a cloud" for the kinds with a credential (OpenStack's password,
// EC2's secret access key, an SSH key's passphrase): what is typed in the hidden field goes to
// the keychain (a private GNOME Keyring), not to clouds.json.

#include "core/secrets/secretstore.h"
#include "core/settings.h"
#include "tests/support/keyringsession.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Slipway;

namespace {

const QByteArray kPassword = "gui-Pa55-w0rd-4e1d";

// The QLineEdit of a form row by its label text.
QLineEdit *field(QWidget *dialog, const QString &label)
{
    for (QFormLayout *form : dialog->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            auto *l = form->itemAt(row, QFormLayout::LabelRole);
            auto *f = form->itemAt(row, QFormLayout::FieldRole);
            if (!l || !f || !l->widget() || !f->widget())
                continue;
            const auto *text = qobject_cast<QLabel *>(l->widget());
            if (text && text->text().remove(u'&') == label)
                return qobject_cast<QLineEdit *>(f->widget());
        }
    }
    return nullptr;
}

} // namespace

class TestCloudSecretDialog : public QObject
{
    Q_OBJECT

    Testing::KeyringSession m_keyring;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        SLIPWAY_REQUIRE_KEYRING();
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
    }

    void passwordGoesToTheKeychainOnly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("settingLabel");
        QTest::addColumn<QString>("settingValue");
        QTest::addColumn<QString>("secretLabel");
        QTest::addColumn<QString>("secretName");
        QTest::newRow("openstack")
            << u"openstack"_s << u"auth_url:"_s << u"https://keystone.example:5000/v3"_s
            << u"Password or secret:"_s << u"password"_s;
        QTest::newRow("ec2") << u"ec2"_s << u"access-key-id:"_s << u"AKIDEXAMPLE"_s
                             << u"Secret access key:"_s << u"secret-access-key"_s;
        QTest::newRow("ssh") << u"ssh"_s << u"hosts:"_s << u"root@192.0.2.7"_s
                             << u"Key passphrase:"_s << u"key-passphrase"_s;
    }

    void passwordGoesToTheKeychainOnly()
    {
        QFETCH(QString, kind);
        QFETCH(QString, settingLabel);
        QFETCH(QString, settingValue);
        QFETCH(QString, secretLabel);
        QFETCH(QString, secretName);
        const QString cloudName = kind + u"-gui"_s;
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"s.conf"_s));
        const QString cloudsFile = dir.filePath(u"clouds.json"_s);
        SettingsDialog dialog(settings, cloudsFile);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        bool filled = false;
        QString problem;
        QTimer::singleShot(0, this, [&] {
            QWidget *ask = QApplication::activeModalWidget();
            if (!ask || ask == &dialog) {
                problem = u"no Add a cloud dialog"_s;
                return;
            }
            auto *kinds = ask->findChild<QComboBox *>();
            const int index = kinds ? kinds->findData(kind) : -1;
            if (index < 0) {
                problem = u"no kind "_s + kind;
                ask->close();
                return;
            }
            kinds->setCurrentIndex(index);
            QLineEdit *name = field(ask, u"Name:"_s);
            QLineEdit *auth = field(ask, settingLabel);
            QLineEdit *secret = field(ask, secretLabel);
            if (!name || !auth || !secret || secret->echoMode() != QLineEdit::Password) {
                problem = u"fields missing or the secret is shown"_s;
                ask->close();
                return;
            }
            name->setText(cloudName);
            auth->setText(settingValue);
            secret->setText(QString::fromLatin1(kPassword));
            filled = true;
            ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::mouseClick(dialog.addCloudButton(), Qt::LeftButton);
        QVERIFY2(filled, qPrintable(problem));

        QTRY_VERIFY_WITH_TIMEOUT(dialog.cloudStatus()->text().contains(u"keychain"_s), 30000);
        QVERIFY2(dialog.cloudStatus()->text().contains(u"its secret is in the keychain"_s),
                 qPrintable(dialog.cloudStatus()->text()));
        const Result<QByteArray> stored = readSecretNow(cloudName, secretName);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(*stored, kPassword);

        QFile clouds(cloudsFile);
        QVERIFY(clouds.open(QIODevice::ReadOnly));
        const QByteArray saved = clouds.readAll();
        QVERIFY(saved.contains(settingValue.toUtf8()));
        QVERIFY(!saved.contains(kPassword));
    }
};

QTEST_MAIN(TestCloudSecretDialog)
#include "tst_cloudsecretdialog.moc"
