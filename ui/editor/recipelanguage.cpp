#include "recipelanguage.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Slipway::RecipeLanguage {

QString interpreter(QStringView firstLine)
{
    if (!firstLine.startsWith(u"#!"))
        return {};
    const QList<QStringView> words = firstLine.mid(2).trimmed().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    auto baseName = [](QStringView path) {
        const qsizetype slash = path.lastIndexOf(u'/');
        return path.mid(slash + 1).toString();
    };
    QString program = baseName(words.first());
    if (program != u"env")
        return program;
    // env [-S] [-i] [NAME=value]... program: the first word that is neither.
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QStringView word = words.at(i);
        if (word.startsWith(u'-') || word.contains(u'='))
            continue;
        return baseName(word);
    }
    return {};
}

QString definitionName(QStringView interpreter)
{
    // "python3.12", "perl5.36", "ruby3.1" name the same languages as "python", "perl", "ruby".
    static const QRegularExpression versionSuffix(u"[0-9.]+$"_s);
    QString name = interpreter.toString().toLower();
    name.remove(versionSuffix);
    struct Entry
    {
        QStringView interpreter;
        QStringView definition;
    };
    static constexpr Entry table[] = {
        {u"sh", u"Bash"},
        {u"bash", u"Bash"},
        {u"dash", u"Bash"},
        {u"ash", u"Bash"},
        {u"ksh", u"Bash"},
        {u"mksh", u"Bash"},
        {u"busybox", u"Bash"},
        {u"zsh", u"Zsh"},
        {u"fish", u"Fish"},
        {u"python", u"Python"},
        {u"pypy", u"Python"},
        {u"perl", u"Perl"},
        {u"ruby", u"Ruby"},
        {u"node", u"JavaScript"},
        {u"nodejs", u"JavaScript"},
        {u"php", u"PHP/PHP"},
        {u"lua", u"Lua"},
        {u"tclsh", u"Tcl/Tk"},
        {u"wish", u"Tcl/Tk"},
        {u"awk", u"AWK"},
        {u"gawk", u"AWK"},
        {u"mawk", u"AWK"},
        {u"pwsh", u"PowerShell"},
        {u"make", u"Makefile"},
        {u"ansible-playbook", u"YAML"},
    };
    for (const Entry &entry : table) {
        if (entry.interpreter == name)
            return entry.definition.toString();
    }
    return {};
}

KSyntaxHighlighting::Definition definitionFor(const KSyntaxHighlighting::Repository &repository,
                                              QStringView recipe)
{
    const qsizetype newline = recipe.indexOf(u'\n');
    const QString program = interpreter(newline < 0 ? recipe : recipe.left(newline));
    if (program.isEmpty())
        return repository.definitionForName(u"Bash"_s);
    const QString name = definitionName(program);
    if (!name.isEmpty())
        return repository.definitionForName(name);
    // Interpreters not in the table may still be known by a MIME type of that name.
    return repository.definitionForMimeType(u"text/x-" + program);
}

} // namespace Slipway::RecipeLanguage
