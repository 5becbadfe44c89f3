#include "editsummarycommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Slipway {

Module EditSummaryCommand::changed(const Module &module, Field field, const QVariant &value)
{
    Module after = module;
    switch (field) {
    case Field::Description:
        after.description = value.toString();
        break;
    case Field::Native:
        after.image.native = value.toBool();
        break;
    case Field::Parent:
        after.image.parent = value.toString();
        break;
    case Field::LoginUser:
        after.image.loginUser = value.toString();
        break;
    case Field::Platform:
        after.image.platform = value.toString();
        break;
    }
    return after;
}

QString EditSummaryCommand::fieldTitle(Field field)
{
    switch (field) {
    case Field::Description:
        return QCoreApplication::translate("Slipway::EditSummaryCommand", "Edit description");
    case Field::Native:
        return QCoreApplication::translate("Slipway::EditSummaryCommand", "Change native flag");
    case Field::Parent:
        return QCoreApplication::translate("Slipway::EditSummaryCommand", "Change parent image");
    case Field::LoginUser:
        return QCoreApplication::translate("Slipway::EditSummaryCommand", "Edit login user");
    case Field::Platform:
        return QCoreApplication::translate("Slipway::EditSummaryCommand", "Edit platform");
    }
    return {};
}

EditSummaryCommand::EditSummaryCommand(Document *document, Field field, const QVariant &value)
    : ModuleCommand(document,
                    changed(document->module(), field, value),
                    Document::Part::Summary,
                    fieldTitle(field),
                    SummaryField,
                    QString::number(int(field)))
{}

} // namespace Slipway
