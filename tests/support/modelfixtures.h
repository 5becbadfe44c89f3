#pragma once

// Small, realistic modules shared by the model, validation and catalog tests: a native Debian
// image, two images derived from it and a deployment that wires them.

#include "core/model/module.h"
#include "modulebuilders.h"

#include <QDateTime>
#include <QTimeZone>

namespace Slipway::Fixtures {

using namespace Qt::StringLiterals;

using Testing::input;
using Testing::mandatoryInput;
using Testing::node;
using Testing::output;

inline Module project(const QString &path, const QString &description = {})
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Project;
    m.description = description;
    return m;
}

inline Module nativeImage(const QString &path = u"examples/images/debian-13"_s)
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Image;
    m.description = u"Debian 13 (trixie)"_s;
    m.image.native = true;
    m.image.imageIds = {{u"local"_s, u"localhost/debian:13"_s, {}}};
    m.image.loginUser = u"root"_s;
    m.image.platform = u"debian"_s;
    m.image.recipes.execute = u"#!/bin/sh\necho base\n"_s;
    return m;
}

inline Module derivedImage(const QString &path, const QString &parent)
{
    Module m;
    m.path = path;
    m.kind = ModuleKind::Image;
    m.image.parent = parent;
    return m;
}

// A web server: needs the database host, publishes its URL; built for "local".
inline Module webImage()
{
    Module m = derivedImage(u"examples/lamp/web"_s, u"examples/images/debian-13"_s);
    m.description = u"Apache with PHP"_s;
    m.image.packages = {{u"apache2"_s, {}, {}}, {u"php"_s, {}, {}}};
    m.image.recipes.recipe = u"#!/bin/sh\na2enmod php\n"_s;
    m.image.recipes.execute
        = u"#!/bin/sh\nss-get db:password > /etc/db-password\nss-set url http://$(hostname)/\n"_s;
    m.image.parameters = {mandatoryInput(u"db_host"_s),
                          input(u"db_password"_s),
                          mandatoryInput(u"theme"_s, u"dark"_s),
                          output(u"url"_s)};
    m.image.builtImages = {{u"local"_s, u"localhost/web:1"_s, 1, {}}};
    return m;
}

// A database: publishes its password; built for "local".
inline Module dbImage()
{
    Module m = derivedImage(u"examples/lamp/db"_s, u"examples/images/debian-13"_s);
    m.description = u"MariaDB server"_s;
    m.image.packages = {{u"mariadb-server"_s, {}, {}}};
    m.image.recipes.execute = u"#!/bin/sh\nss-set password $(ss-random)\n"_s;
    m.image.parameters = {output(u"password"_s)};
    m.image.builtImages = {{u"local"_s, u"localhost/db:1"_s, 1, {}}};
    return m;
}

inline Module lampDeployment()
{
    Module m;
    m.path = u"examples/lamp/lamp"_s;
    m.kind = ModuleKind::Deployment;
    m.description = u"Two web servers and a database"_s;
    Node web = node(u"web"_s,
                    u"examples/lamp/web"_s,
                    1,
                    {{u"db_host"_s, u"db:hostname"_s, false},
                     {u"db_password"_s, u"db:password"_s, false}});
    web.multiplicity = 2;
    web.position = QPointF(100, 40);
    Node db = node(u"db"_s, u"examples/lamp/db"_s);
    db.position = QPointF(300, 40);
    m.deployment.nodes = {web, db};
    return m;
}

inline QList<Module> lampCatalog()
{
    return {project(u"examples"_s), nativeImage(), webImage(), dbImage(), lampDeployment()};
}

// A module with every field set to something other than its default.
inline Module everyField()
{
    Module m;
    m.path = u"examples/full/image"_s;
    m.kind = ModuleKind::Image;
    m.description = u"Every field\nover two lines"_s;
    m.logoUrl = u"https://example.invalid/logo.png"_s;
    m.authz.owner = u"alice"_s;
    m.authz.groupMembers = {u"bob"_s, u"carol"_s};
    m.authz.isPublic = true;
    m.authz.ownerRights = Right::Get | Right::Edit | Right::Run;
    m.authz.groupRights = Right::Get | Right::Run;
    m.authz.publicRights = Rights();
    m.image.native = false;
    m.image.imageIds = {{u"ec2"_s, u"ami-123"_s, u"eu-west-1"_s}};
    m.image.parent = u"examples/images/debian-13"_s;
    m.image.loginUser = u"admin"_s;
    m.image.platform = u"debian"_s;
    m.image.packages = {{u"nginx"_s, u"deb http://repo.invalid/ trixie main"_s, u"KEY"_s}};
    m.image.recipes = {u"#!/bin/sh\npre\n"_s,
                       u"#!/bin/sh\nrecipe\n"_s,
                       u"#!/bin/sh\nexec\n"_s,
                       u"#!/bin/sh\nreport\n"_s,
                       u"#!/bin/sh\nadd\n"_s,
                       u"#!/bin/sh\nremove\n"_s,
                       u"#!/bin/sh\ncheck\n"_s};
    Parameter choice = mandatoryInput(u"size"_s, u"small"_s);
    choice.type = ParameterType::Enum;
    choice.enumValues = {u"small"_s, u"large"_s};
    choice.description = u"How big"_s;
    Parameter secret = output(u"admin.password"_s);
    secret.type = ParameterType::Password;
    m.image.parameters = {choice, secret};
    m.image.resources = {{u"openstack"_s,
                          u"m1.small"_s,
                          u"2"_s,
                          u"4096"_s,
                          u"20"_s,
                          u"public"_s,
                          {u"default"_s, u"web"_s}}};
    m.image.builtImages = {{u"local"_s,
                            u"localhost/full:3"_s,
                            3,
                            QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::UTC)}};
    return m;
}

} // namespace Slipway::Fixtures

Q_DECLARE_METATYPE(Slipway::Module)
