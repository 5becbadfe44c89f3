#pragma once

// The EC2 Query API answers in XML. A small element tree (names without namespace, text,
// children) is all the connector needs to read them.

#include "core/model/result.h"

#include <QList>
#include <QString>

namespace Slipway {

struct XmlElement
{
    QString name; // local name: "instanceId"
    QString text; // trimmed text of a leaf
    QList<XmlElement> children;

    static Result<XmlElement> parse(const QByteArray &xml);

    // The first child named `name`; a shared empty element when there is none.
    const XmlElement &child(QStringView name) const;
    // Follows a path of child names: "instanceState/name".
    const XmlElement &at(QStringView path) const;
    QString value(QStringView path) const { return at(path).text; }
    // Children named `name` (of `<item>` lists: "item").
    QList<const XmlElement *> all(QStringView name) const;
    // Every element named `name` anywhere below, depth first.
    QList<const XmlElement *> descendants(QStringView name) const;
    bool isNull() const { return name.isEmpty(); }
};

} // namespace Slipway
