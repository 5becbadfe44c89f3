#pragma once

#include <QString>
#include <QStringView>

namespace Slipway {

// A runtime-parameter key as written in a recipe: `node.i:param`, `node:param`, bare `param`
// (the caller's own instance) or `ss:param` (global). Parameter names may contain dots, so a
// key without a colon is always one of the caller's own parameters.
class ParameterKey
{
public:
    enum class Scope { Instance, Node, Global };

    struct Parsed;

    // Names of the caller (node, instance index from 1) resolve bare keys; a caller with an
    // empty node (the application itself) cannot use bare keys.
    static Parsed parse(QStringView text, QStringView callerNode = {}, int callerIndex = 0);

    static bool isValidNodeName(QStringView name);
    static bool isValidParameterName(QStringView name);

    // Per-node parameters that `node:param` names (every other `node:param` is instance 1).
    static bool isNodeParameter(QStringView name);

    static constexpr int MaxKeyLength = 512;
    static constexpr int MaxIndex = 1000000;

    Scope scope() const { return m_scope; }
    QString node() const { return m_node; } // empty for Global
    int index() const { return m_index; }   // 0 unless Instance
    QString name() const { return m_name; }
    QString instance() const; // "node.i" for Instance, else empty

    // The canonical text: "node.i:param", "node:param" or "ss:param".
    QString toString() const;

    friend bool operator==(const ParameterKey &, const ParameterKey &) = default;

private:
    Scope m_scope = Scope::Global;
    QString m_node;
    int m_index = 0;
    QString m_name;
};

struct ParameterKey::Parsed
{
    ParameterKey key;
    QString error; // empty when the key is valid; otherwise fit to show
    bool ok() const { return error.isEmpty(); }
};

} // namespace Slipway
