#include "bundleschema.h"

using namespace Qt::StringLiterals;

namespace Slipway::BundleSchema {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::pair<Enum, QStringView> (&table)[N], QStringView name)
{
    for (const auto &[value, text] : table) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString nameOf(const std::pair<Enum, QStringView> (&table)[N], Enum value)
{
    for (const auto &[v, text] : table) {
        if (v == value)
            return text.toString();
    }
    return {};
}

const std::pair<ModuleKind, QStringView> kKinds[] = {
    {ModuleKind::Project, u"project"},
    {ModuleKind::Image, u"image"},
    {ModuleKind::Deployment, u"deployment"},
};

const std::pair<ParameterType, QStringView> kTypes[] = {
    {ParameterType::String, u"string"},
    {ParameterType::Text, u"text"},
    {ParameterType::Password, u"password"},
    {ParameterType::Boolean, u"boolean"},
    {ParameterType::Enum, u"enum"},
};

const std::pair<ParameterCategory, QStringView> kCategories[] = {
    {ParameterCategory::Input, u"input"},
    {ParameterCategory::Output, u"output"},
};

const std::pair<Right, QStringView> kRights[] = {
    {Right::Get, u"get"},
    {Right::Edit, u"edit"},
    {Right::Run, u"run"},
    {Right::Delete, u"delete"},
    {Right::CreateChildren, u"create-children"},
};

const std::pair<RecipeKind, QStringView> kRecipes[] = {
    {RecipeKind::PreInstall, u"pre-install"},
    {RecipeKind::Recipe, u"recipe"},
    {RecipeKind::Execute, u"execute"},
    {RecipeKind::Report, u"report"},
    {RecipeKind::OnVmAdd, u"on-vm-add"},
    {RecipeKind::OnVmRemove, u"on-vm-remove"},
};

} // namespace

QString kindName(ModuleKind kind)
{
    return nameOf(kKinds, kind);
}
std::optional<ModuleKind> kindFromName(QStringView name)
{
    return lookup(kKinds, name);
}

QString typeName(ParameterType type)
{
    return nameOf(kTypes, type);
}
std::optional<ParameterType> typeFromName(QStringView name)
{
    return lookup(kTypes, name);
}

QString categoryName(ParameterCategory category)
{
    return nameOf(kCategories, category);
}
std::optional<ParameterCategory> categoryFromName(QStringView name)
{
    return lookup(kCategories, name);
}

QStringList rightNames(Rights rights)
{
    QStringList names;
    for (const auto &[right, text] : kRights) {
        if (rights.testFlag(right))
            names.append(text.toString());
    }
    return names;
}

std::optional<Right> rightFromName(QStringView name)
{
    return lookup(kRights, name);
}

QStringList allRightNames()
{
    QStringList names;
    for (const auto &entry : kRights)
        names.append(entry.second.toString());
    return names;
}

const QList<RecipeKind> &recipeKinds()
{
    static const QList<RecipeKind> kinds = {RecipeKind::PreInstall,
                                            RecipeKind::Recipe,
                                            RecipeKind::Execute,
                                            RecipeKind::Report,
                                            RecipeKind::OnVmAdd,
                                            RecipeKind::OnVmRemove};
    return kinds;
}

QString recipeName(RecipeKind kind)
{
    return nameOf(kRecipes, kind);
}
std::optional<RecipeKind> recipeFromName(QStringView name)
{
    return lookup(kRecipes, name);
}

QString recipe(const Recipes &recipes, RecipeKind kind)
{
    switch (kind) {
    case RecipeKind::PreInstall:
        return recipes.preInstall;
    case RecipeKind::Recipe:
        return recipes.recipe;
    case RecipeKind::Execute:
        return recipes.execute;
    case RecipeKind::Report:
        return recipes.report;
    case RecipeKind::OnVmAdd:
        return recipes.onVmAdd;
    case RecipeKind::OnVmRemove:
        return recipes.onVmRemove;
    }
    return {};
}

void setRecipe(Recipes &recipes, RecipeKind kind, const QString &script)
{
    switch (kind) {
    case RecipeKind::PreInstall:
        recipes.preInstall = script;
        break;
    case RecipeKind::Recipe:
        recipes.recipe = script;
        break;
    case RecipeKind::Execute:
        recipes.execute = script;
        break;
    case RecipeKind::Report:
        recipes.report = script;
        break;
    case RecipeKind::OnVmAdd:
        recipes.onVmAdd = script;
        break;
    case RecipeKind::OnVmRemove:
        recipes.onVmRemove = script;
        break;
    }
}

bool isValidPath(QStringView path)
{
    if (path.isEmpty())
        return false;
    for (const QStringView segment : path.tokenize(u'/')) {
        if (segment.isEmpty() || segment.startsWith(u'.'))
            return false;
        for (const QChar c : segment) {
            if (!(c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-'))
                return false;
        }
    }
    return true;
}

} // namespace Slipway::BundleSchema
