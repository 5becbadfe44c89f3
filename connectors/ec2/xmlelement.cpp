#include "xmlelement.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Slipway {

Result<XmlElement> XmlElement::parse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QList<XmlElement> stack;
    XmlElement root;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            XmlElement e;
            e.name = reader.name().toString();
            stack.append(e);
        } else if (token == QXmlStreamReader::Characters && !stack.isEmpty()) {
            stack.last().text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            XmlElement done = stack.takeLast();
            done.text = done.text.trimmed();
            if (stack.isEmpty())
                root = std::move(done);
            else
                stack.last().children.append(std::move(done));
        }
    }
    if (reader.hasError())
        return Error{u"line %1, column %2: %3"_s.arg(reader.lineNumber())
                         .arg(reader.columnNumber())
                         .arg(reader.errorString())};
    if (root.isNull())
        return Error{u"no XML element"_s};
    return root;
}

const XmlElement &XmlElement::child(QStringView name) const
{
    static const XmlElement empty;
    for (const XmlElement &c : children)
        if (c.name == name)
            return c;
    return empty;
}

const XmlElement &XmlElement::at(QStringView path) const
{
    const XmlElement *e = this;
    for (QStringView part : path.split(u'/'))
        e = &e->child(part);
    return *e;
}

QList<const XmlElement *> XmlElement::all(QStringView name) const
{
    QList<const XmlElement *> found;
    for (const XmlElement &c : children)
        if (c.name == name)
            found << &c;
    return found;
}

QList<const XmlElement *> XmlElement::descendants(QStringView name) const
{
    QList<const XmlElement *> found;
    for (const XmlElement &c : children) {
        if (c.name == name)
            found << &c;
        found << c.descendants(name);
    }
    return found;
}

} // namespace Slipway
