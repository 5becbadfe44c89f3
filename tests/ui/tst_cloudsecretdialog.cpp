// The settings dialog's "Add a cloud" for an OpenStack cloud: the password typed in its
// hidden field goes to the keychain (a private GNOME Keyring), not to clouds.json.

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
        QVERIFY2(m_keyring.start(&error), qPrintable(error));
    }

    void passwordGoesToTheKeychainOnly()
    {
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
            auto *kind = ask->findChild<QComboBox *>();
            const int index = kind ? kind->findData(u"openstack"_s) : -1;
            if (index < 0) {
                problem = u"no openstack kind"_s;
                ask->close();
                return;
            }
            kind->setCurrentIndex(index);
            QLineEdit *name = field(ask, u"Name:"_s);
            QLineEdit *auth = field(ask, u"auth_url:"_s);
            QLineEdit *secret = field(ask, u"Password or secret:"_s);
            if (!name || !auth || !secret || secret->echoMode() != QLineEdit::Password) {
                problem = u"fields missing or the secret is shown"_s;
                ask->close();
                return;
            }
            name->setText(u"os-gui"_s);
            auth->setText(u"https://keystone.example:5000/v3"_s);
            secret->setText(QString::fromLatin1(kPassword));
            filled = true;
            ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::mouseClick(dialog.addCloudButton(), Qt::LeftButton);
        QVERIFY2(filled, qPrintable(problem));

        QTRY_VERIFY_WITH_TIMEOUT(dialog.cloudStatus()->text().contains(u"keychain"_s), 30000);
        QVERIFY2(dialog.cloudStatus()->text().contains(u"its secret is in the keychain"_s),
                 qPrintable(dialog.cloudStatus()->text()));
        const Result<QByteArray> stored = readSecretNow(u"os-gui"_s, u"password"_s);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(*stored, kPassword);

        QFile clouds(cloudsFile);
        QVERIFY(clouds.open(QIODevice::ReadOnly));
        const QByteArray saved = clouds.readAll();
        QVERIFY(saved.contains("keystone.example"));
        QVERIFY(!saved.contains(kPassword));
    }
};

QTEST_MAIN(TestCloudSecretDialog)
#include "tst_cloudsecretdialog.moc"
