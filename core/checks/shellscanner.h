#pragma once

// The shell scanner of the recipe checks (parameterflow.h): the ss-get / ss-set / ss-random /
// ss-get-all calls of one script, with their keys as written.

#include <QList>
#include <QString>
#include <QStringView>

namespace Slipway {

// One script scanned on its own: every ss-* call found, with keys as written.
struct ScriptCall
{
    enum class Tool { Get, Set, Random, GetAll };
    Tool tool = Tool::Get;
    QString key;         // empty when not literal (or missing)
    QString getAllNode;  // ss-get-all NODE PARAM: NODE (key holds PARAM)
    bool literal = true; // false: the key (or ss-get-all's node) has expansions
    bool noblock = false;
    int line = 0;
    int column = 0; // of the key argument, else of the command
};
QList<ScriptCall> scanScript(QStringView script);

} // namespace Slipway
