#pragma once

#include "ui/commands/modulecommand.h"

#include <QVariant>

namespace Slipway {

// A change of one summary field; typing in the same field merges into one step.
class EditSummaryCommand : public ModuleCommand
{
public:
    enum class Field { Description, Native, Parent, LoginUser, Platform };

    EditSummaryCommand(Document *document, Field field, const QVariant &value);

    static QString fieldTitle(Field field);

private:
    static Module changed(const Module &module, Field field, const QVariant &value);
};

} // namespace Slipway
