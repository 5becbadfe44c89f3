#include "parameterkey.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

ParameterKey::Parsed failure(const QString &message)
{
    ParameterKey::Parsed p;
    p.error = message;
    return p;
}

// Quotes a user's text for an error message, shortened so that an attacker's megabyte does
// not end up in a reply.
QString quoted(QStringView text)
{
    constexpr qsizetype max = 64;
    if (text.size() <= max)
        return u"'"_s + text.toString() + u"'"_s;
    return u"'"_s + text.first(max).toString() + u"…'"_s;
}

} // namespace

bool ParameterKey::isValidNodeName(QStringView name)
{
    if (name.isEmpty() || name.size() > 128 || !isAsciiLetter(name.front()))
        return false;
    for (QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

bool ParameterKey::isValidParameterName(QStringView name)
{
    if (name.isEmpty() || name.size() > 256 || name.front() == u'.' || name.back() == u'.')
        return false;
    for (QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'_' && c != u'-' && c != u'.')
            return false;
    }
    return !name.contains(u".."_s);
}

bool ParameterKey::isNodeParameter(QStringView name)
{
    return name == u"multiplicity" || name == u"ids";
}

QString ParameterKey::instance() const
{
    if (m_scope != Scope::Instance)
        return {};
    return m_node + u'.' + QString::number(m_index);
}

QString ParameterKey::toString() const
{
    switch (m_scope) {
    case Scope::Instance:
        return instance() + u':' + m_name;
    case Scope::Node:
        return m_node + u':' + m_name;
    case Scope::Global:
        break;
    }
    return u"ss:"_s + m_name;
}

ParameterKey::Parsed ParameterKey::parse(QStringView text, QStringView callerNode, int callerIndex)
{
    if (text.isEmpty())
        return failure(QCoreApplication::translate("ParameterKey", "The key is empty."));
    if (text.size() > MaxKeyLength)
        return failure(
            QCoreApplication::translate("ParameterKey", "The key is longer than %1 characters.")
                .arg(MaxKeyLength));

    const qsizetype colon = text.indexOf(u':');
    Parsed result;
    ParameterKey &key = result.key;

    if (colon < 0) {
        if (!isValidParameterName(text))
            return failure(QCoreApplication::translate(
                               "ParameterKey",
                               "%1 is not a parameter name: use letters, digits, '_', '-' and "
                               "single dots inside.")
                               .arg(quoted(text)));
        if (callerNode.isEmpty() || callerIndex < 1)
            return failure(
                QCoreApplication::translate(
                    "ParameterKey", "%1 names no node: only a node instance may use a bare key.")
                    .arg(quoted(text)));
        key.m_node = callerNode.toString();
        key.m_name = text.toString();
        // A bare `multiplicity` is the caller's node's, as `node.i:multiplicity` is.
        if (isNodeParameter(text)) {
            key.m_scope = Scope::Node;
            return result;
        }
        key.m_scope = Scope::Instance;
        key.m_index = callerIndex;
        return result;
    }

    if (text.indexOf(u':', colon + 1) >= 0)
        return failure(QCoreApplication::translate("ParameterKey", "%1 has more than one ':'.")
                           .arg(quoted(text)));

    const QStringView owner = text.first(colon);
    const QStringView name = text.sliced(colon + 1);
    if (name.isEmpty())
        return failure(
            QCoreApplication::translate("ParameterKey", "%1 has no parameter name after ':'.")
                .arg(quoted(text)));
    if (!isValidParameterName(name))
        return failure(QCoreApplication::translate(
                           "ParameterKey",
                           "%1 is not a parameter name: use letters, digits, '_', '-' and single "
                           "dots inside.")
                           .arg(quoted(name)));
    if (owner.isEmpty())
        return failure(QCoreApplication::translate("ParameterKey", "%1 has no node name before ':'.")
                           .arg(quoted(text)));

    key.m_name = name.toString();
    if (owner == u"ss") {
        key.m_scope = Scope::Global;
        return result;
    }

    const qsizetype dot = owner.indexOf(u'.');
    const QStringView node = dot < 0 ? owner : owner.first(dot);
    if (!isValidNodeName(node))
        return failure(QCoreApplication::translate(
                           "ParameterKey",
                           "%1 is not a node name: start with a letter, then letters, digits, '_' "
                           "or '-'.")
                           .arg(quoted(node)));
    if (node == u"ss")
        return failure(QCoreApplication::translate("ParameterKey",
                                                   "'ss' holds global parameters: write ss:%1.")
                           .arg(name.toString()));
    key.m_node = node.toString();

    if (dot < 0) {
        // `node:multiplicity` and `node:ids` belong to the node; any other `node:param` is
        // instance 1, as in SlipStream.
        if (isNodeParameter(name)) {
            key.m_scope = Scope::Node;
        } else {
            key.m_scope = Scope::Instance;
            key.m_index = 1;
        }
        return result;
    }

    const QStringView digits = owner.sliced(dot + 1);
    bool allDigits = !digits.isEmpty() && digits.size() <= 7;
    for (QChar c : digits)
        allDigits = allDigits && isAsciiDigit(c);
    const int index = allDigits ? digits.toInt() : 0;
    if (!allDigits || digits.front() == u'0' || index < 1 || index > MaxIndex)
        return failure(
            QCoreApplication::translate(
                "ParameterKey", "%1 is not an instance index: write node.i with i from 1 to %2.")
                .arg(quoted(digits))
                .arg(MaxIndex));
    // SlipStream recipes write `worker.1:multiplicity` for the node's multiplicity.
    if (isNodeParameter(name)) {
        key.m_scope = Scope::Node;
        return result;
    }
    key.m_scope = Scope::Instance;
    key.m_index = index;
    return result;
}

} // namespace Slipway
