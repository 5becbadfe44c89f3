// Every editor, light and dark, drawn with real content; the pictures go to
// $SLIPWAY_SCREENSHOT_DIR (packaging/screenshots keeps the good ones).

#include "core/catalog/catalog.h"
#include "core/settings.h"
#include "tests/support/uitesting.h"
#include "ui/authorizationeditor.h"
#include "ui/document.h"
#include "ui/historyview.h"
#include "ui/mainwindow.h"
#include "ui/models/catalogmodel.h"
#include "ui/moduleeditor.h"
#include "ui/settingsdialog.h"
#include "ui/tableeditor.h"
#include "ui/welcomepage.h"

#include <QDockWidget>
#include <QHash>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Slipway;
using namespace Qt::StringLiterals;

class TestEditorScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    QHash<QString, QImage> m_shots; // name-theme -> the window as grabbed
    QPalette m_lightPalette;

    static Parameter param(const QString &name,
                           const QString &description,
                           const QString &defaultValue,
                           ParameterCategory category,
                           ParameterType type = ParameterType::String,
                           bool mandatory = false)
    {
        Parameter p;
        p.name = name;
        p.description = description;
        p.defaultValue = defaultValue;
        p.category = category;
        p.type = type;
        p.mandatory = mandatory;
        return p;
    }

    void fillCatalog()
    {
        Module examples;
        examples.path = u"examples"_s;
        examples.description = u"Images and deployments to start from."_s;
        examples.authz.owner = u"alice"_s;
        examples.authz.groupMembers = {u"bob"_s, u"carol"_s};
        examples.authz.isPublic = true;
        QVERIFY(m_catalog->save(examples, u"alice"_s, u"Created"_s));

        Module debian;
        debian.path = u"examples/images/debian-13"_s;
        debian.kind = ModuleKind::Image;
        debian.description = u"Debian 13 (trixie), minimal."_s;
        debian.image.native = true;
        debian.image.imageIds = {{u"local"_s, u"debian:13"_s, {}},
                                 {u"openstack"_s, u"8c1d0f6e-debian-13"_s, u"RegionOne"_s},
                                 {u"ec2"_s, u"ami-0a5e1c2f3b4d5e6f7"_s, u"eu-west-1"_s}};
        debian.image.loginUser = u"debian"_s;
        debian.image.platform = u"debian"_s;
        debian.image.packages = {{u"curl"_s, {}, {}}, {u"ca-certificates"_s, {}, {}}};
        debian.image.recipes.preInstall = u"#!/bin/sh\nset -e\napt-get update\n"_s;
        debian.image.recipes.recipe = u"#!/bin/sh\nset -e\n# Locales and time zone\n"
                                      "apt-get install -y locales tzdata\n"
                                      "sed -i 's/# en_US.UTF-8/en_US.UTF-8/' /etc/locale.gen\n"
                                      "locale-gen\n"_s;
        debian.image.resources = {
            {u"openstack"_s, u"m1.small"_s, u"1"_s, u"2048"_s, u"20"_s, u"public"_s, {u"default"_s}},
            {u"ec2"_s, u"t3.micro"_s, u"2"_s, u"1024"_s, u"10"_s, u"public"_s, {u"ssh"_s, u"web"_s}}};
        QVERIFY(m_catalog->save(debian, u"alice"_s, u"Debian 13 base"_s));

        Module web;
        web.path = u"examples/images/nginx"_s;
        web.kind = ModuleKind::Image;
        web.description = u"nginx serving a static site."_s;
        web.image.parent = debian.path;
        web.image.packages = {{u"nginx"_s, {}, {}}};
        web.image.parameters
            = {param(u"port"_s, u"Port nginx listens on"_s, u"80"_s, ParameterCategory::Input),
               param(u"site_title"_s,
                     u"Title of the page"_s,
                     u"Hello"_s,
                     ParameterCategory::Input,
                     ParameterType::Text),
               param(u"url.service"_s, u"The site's address"_s, {}, ParameterCategory::Output)};
        web.image.recipes.recipe = u"#!/bin/bash\nset -euo pipefail\n# Configure nginx\n"
                                   "sed -i \"s/listen 80/listen $(ss-get port)/\" "
                                   "/etc/nginx/sites-enabled/default\n"
                                   "systemctl enable nginx\n"_s;
        QVERIFY(m_catalog->save(web, u"alice"_s, u"First nginx image"_s));
        web.image.recipes.execute = u"#!/usr/bin/env python3\nimport subprocess\n\n"
                                    "def main():\n    host = subprocess.check_output("
                                    "['ss-get', 'hostname'], text=True).strip()\n"
                                    "    subprocess.run(['ss-set', 'url.service', "
                                    "f'http://{host}/'], check=True)\n\n"
                                    "if __name__ == '__main__':\n    main()\n"_s;
        web.image.recipes.recipe.replace(u"systemctl enable nginx"_s,
                                         u"systemctl enable --now nginx"_s);
        QVERIFY(m_catalog->save(web, u"bob"_s, u"Publish the URL; start nginx"_s));

        Module lamp;
        lamp.path = u"examples/lamp"_s;
        lamp.kind = ModuleKind::Deployment;
        lamp.description = u"A web front and its database."_s;
        Node db;
        db.name = u"db"_s;
        db.image = debian.path;
        Node front;
        front.name = u"web"_s;
        front.image = web.path;
        front.multiplicity = 3;
        front.maxProvisioningFailures = 1;
        front.cloud = u"openstack"_s;
        front.mappings = {{u"port"_s, u"8080"_s, true}, {u"site_title"_s, u"db:hostname"_s, false}};
        lamp.deployment.nodes = {db, front};
        QVERIFY(m_catalog->save(lamp, u"alice"_s, u"Two tiers"_s));
    }

    void shoot(const QString &theme)
    {
        Settings settings(m_dir.filePath(u"s-%1.conf"_s.arg(theme)));
        MainWindow window(settings, m_catalog.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectInCatalog(u"examples/images/nginx"_s);
        window.catalogView()->expand(window.catalogProxy()->mapFromSource(
            window.catalogModel()->indexOf(u"examples/images"_s)));

        auto snap = [&](QWidget *widget, const QString &name) {
            QCoreApplication::processEvents();
            const QImage image = widget->grab().toImage();
            QVERIFY2(UiTesting::colourCount(image) > 8, qPrintable(name));
            m_shots.insert(name + u'-' + theme, image);
            QVERIFY(UiTesting::saveScreenshot(widget, name + u'-' + theme));
        };

        // The window as it opens: the welcome page, the tool bar, the catalog, and the local
        // cloud once its check has answered (ready, or what it lacks here).
        QVERIFY(QTest::qWaitFor([&window] {
            return window.welcomePage()->cloudState(u"local"_s)
                   != WelcomePage::CloudState::Checking;
        }));
        snap(&window, u"mainwindow"_s);
        ModuleEditor *image = window.openModule(u"examples/images/nginx"_s);
        QVERIFY(image);
        snap(&window, u"image-summary"_s);
        image->showRecipe(RecipeKind::Recipe);
        snap(&window, u"image-recipe"_s);
        image->showRecipe(RecipeKind::Execute);
        snap(&window, u"image-execute"_s);
        image->tabs()->setCurrentWidget(image->table(u"Parameters"_s));
        snap(&window, u"image-parameters"_s);
        image->tabs()->setCurrentIndex(1);
        snap(&window, u"image-clouds"_s);
        image->tabs()->setCurrentWidget(image->history());
        QTableView *versions = image->history()->versionsView();
        versions->selectionModel()->select(image->history()->model()->index(0, 0),
                                           QItemSelectionModel::ClearAndSelect
                                               | QItemSelectionModel::Rows);
        snap(&window, u"image-history"_s);

        ModuleEditor *base = window.openModule(u"examples/images/debian-13"_s);
        QVERIFY(base);
        base->tabs()->setCurrentIndex(1);
        snap(&window, u"native-image-clouds"_s);

        ModuleEditor *project = window.openModule(u"examples"_s);
        QVERIFY(project);
        snap(&window, u"project-summary"_s);
        project->tabs()->setCurrentWidget(project->authorization());
        snap(&window, u"project-authorization"_s);

        ModuleEditor *lamp = window.openModule(u"examples/lamp"_s);
        QVERIFY(lamp);
        QVERIFY(lamp->focusField(u"deployment.nodes[web].mappings[site_title]"_s));
        snap(&window, u"deployment-nodes"_s);

        SettingsDialog dialog(settings, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        snap(&dialog, u"settings"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_catalog = std::make_unique<Catalog>(m_dir.filePath(u"c.db"_s));
        QVERIFY(m_catalog->open());
        fillCatalog();
        m_lightPalette = QApplication::palette();
    }

    void cleanupTestCase() { m_catalog.reset(); }

    void light()
    {
        QApplication::setPalette(m_lightPalette);
        shoot(u"light"_s);
    }

    void dark()
    {
        QApplication::setPalette(UiTesting::darkPalette());
        shoot(u"dark"_s);
        QApplication::setPalette(m_lightPalette);
    }

    void pairsDiffer()
    {
        // Each dark picture is darker than its light one: the palette reached every widget.
        // The pictures as grabbed (saving them is optional, comparing them is not).
        const auto lightness = [](const QImage &image) {
            qint64 sum = 0;
            int count = 0;
            for (int y = 0; y < image.height(); y += 4)
                for (int x = 0; x < image.width(); x += 4, ++count)
                    sum += qGray(image.pixel(x, y));
            return count ? double(sum) / count : 0.0;
        };
        for (const QString &name : {u"mainwindow"_s,
                                    u"image-summary"_s,
                                    u"image-recipe"_s,
                                    u"deployment-nodes"_s,
                                    u"settings"_s}) {
            const QImage light = m_shots.value(name + u"-light"_s);
            const QImage dark = m_shots.value(name + u"-dark"_s);
            QVERIFY2(!light.isNull() && !dark.isNull(), qPrintable(name));
            QVERIFY2(lightness(dark) + 60 < lightness(light),
                     qPrintable(u"%1: light %2, dark %3"_s.arg(name)
                                    .arg(lightness(light))
                                    .arg(lightness(dark))));
        }
    }
};

QTEST_MAIN(TestEditorScreenshots)
#include "tst_editorscreenshots.moc"
