#pragma once

#include <QString>
#include <QStringView>

namespace KSyntaxHighlighting {
class Definition;
class Repository;
} // namespace KSyntaxHighlighting

namespace Slipway {

// Which language a recipe is written in, read from its shebang. SlipStream recipes without
// one are run by the shell, so they are Bash.
namespace RecipeLanguage {

// The interpreter a shebang line names: "#!/usr/bin/env -S python3 -u" gives "python3",
// "#!/bin/bash -x" gives "bash". Empty when the line is no shebang.
QString interpreter(QStringView firstLine);

// The KSyntaxHighlighting definition name for an interpreter ("python3.12" -> "Python"),
// or an empty string when no definition is known for it.
QString definitionName(QStringView interpreter);

// The definition for a whole recipe text (only its first line is read). A shebang naming an
// interpreter without a definition gives an invalid definition: plain text.
KSyntaxHighlighting::Definition definitionFor(const KSyntaxHighlighting::Repository &repository,
                                              QStringView recipe);

} // namespace RecipeLanguage
} // namespace Slipway
