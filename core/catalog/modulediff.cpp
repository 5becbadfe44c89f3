#include "modulediff.h"

#include "core/model/modulejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <dtl/dtl.hpp>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace Slipway {

namespace {

// The field that names an item of each list, so that items are compared by identity.
QString identityField(const QString &listKey)
{
    static const QMap<QString, QString> keys{
        {u"imageIds"_s, u"cloud"_s},
        {u"packages"_s, u"name"_s},
        {u"parameters"_s, u"name"_s},
        {u"resources"_s, u"cloud"_s},
        {u"nodes"_s, u"name"_s},
        {u"mappings"_s, u"input"_s},
    };
    return keys.value(listKey);
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(scalarText(item));
        return items.join(u", "_s);
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.contains(u"x"_s) && o.contains(u"y"_s) && o.size() == 2)
            return scalarText(o.value(u"x"_s)) + u", "_s + scalarText(o.value(u"y"_s));
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    default:
        return {};
    }
}

void flatten(const QJsonObject &o, const QString &at, QMap<QString, QString> &out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString field = at.isEmpty() ? it.key() : at + u'.' + it.key();
        const QJsonValue v = it.value();
        if (field == u"image.recipes" || field == u"image.builtImages")
            continue; // recipes are compared line by line; built images are not content
        if (v.isObject() && it.key() != u"position") {
            flatten(v.toObject(), field, out);
        } else if (v.isArray() && !identityField(it.key()).isEmpty()) {
            const QString id = identityField(it.key());
            for (const QJsonValue &item : v.toArray()) {
                const QJsonObject itemObject = item.toObject();
                QJsonObject rest = itemObject;
                rest.remove(id);
                const QString itemField = field + u'[' + itemObject.value(id).toString() + u']';
                // Mappings read best as one value: "db_host: db:hostname".
                if (it.key() == u"mappings") {
                    QString value = itemObject.value(u"value"_s).toString();
                    if (itemObject.value(u"literal"_s).toBool())
                        value += QCoreApplication::translate("Slipway::ModuleDiff", " (literal)");
                    out.insert(itemField, value);
                    continue;
                }
                out.insert(itemField, itemObject.value(id).toString());
                flatten(rest, itemField, out);
            }
        } else {
            out.insert(field, scalarText(v));
        }
    }
}

std::vector<QString> splitLines(const QString &text)
{
    std::vector<QString> lines;
    if (text.isEmpty())
        return lines;
    for (QStringView line : QStringView(text).tokenize(u'\n'))
        lines.push_back(line.toString());
    if (text.endsWith(u'\n'))
        lines.pop_back();
    return lines;
}

DiffLine toDiffLine(const std::pair<QString, dtl::elemInfo> &element)
{
    DiffLine line;
    line.text = element.first;
    switch (element.second.type) {
    case dtl::SES_ADD:
        line.kind = DiffLine::Kind::Added;
        line.newLine = int(element.second.afterIdx);
        break;
    case dtl::SES_DELETE:
        line.kind = DiffLine::Kind::Removed;
        line.oldLine = int(element.second.beforeIdx);
        break;
    default:
        line.kind = DiffLine::Kind::Common;
        line.oldLine = int(element.second.beforeIdx);
        line.newLine = int(element.second.afterIdx);
        break;
    }
    return line;
}

} // namespace

TextDiff diffText(const QString &field, const QString &before, const QString &after)
{
    TextDiff out;
    out.field = field;
    const std::vector<QString> a = splitLines(before);
    const std::vector<QString> b = splitLines(after);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.onHuge();
    diff.compose();
    diff.composeUnifiedHunks();
    for (const auto &element : diff.getSes().getSequence())
        out.lines.append(toDiffLine(element));
    for (const auto &h : diff.getUniHunks()) {
        DiffHunk hunk;
        hunk.oldStart = int(h.a);
        hunk.oldCount = int(h.b);
        hunk.newStart = int(h.c);
        hunk.newCount = int(h.d);
        for (const auto &e : h.common[0])
            hunk.lines.append(toDiffLine(e));
        for (const auto &e : h.change)
            hunk.lines.append(toDiffLine(e));
        for (const auto &e : h.common[1])
            hunk.lines.append(toDiffLine(e));
        out.hunks.append(hunk);
    }
    return out;
}

QString TextDiff::unified() const
{
    QString out = u"--- a/"_s + field + u"\n+++ b/"_s + field + u'\n';
    for (const DiffHunk &h : hunks) {
        out += u"@@ -%1,%2 +%3,%4 @@\n"_s.arg(h.oldStart)
                   .arg(h.oldCount)
                   .arg(h.newStart)
                   .arg(h.newCount);
        for (const DiffLine &l : h.lines) {
            const QChar mark = l.kind == DiffLine::Kind::Added     ? u'+'
                               : l.kind == DiffLine::Kind::Removed ? u'-'
                                                                   : u' ';
            out += mark + l.text + u'\n';
        }
    }
    return out;
}

QList<SideBySideRow> TextDiff::sideBySide() const
{
    QList<SideBySideRow> rows;
    QList<DiffLine> removed, added;
    const auto flush = [&] {
        for (qsizetype i = 0; i < std::max(removed.size(), added.size()); ++i) {
            SideBySideRow row;
            if (i < removed.size())
                row.left = removed.at(i);
            if (i < added.size())
                row.right = added.at(i);
            rows.append(row);
        }
        removed.clear();
        added.clear();
    };
    for (const DiffLine &l : lines) {
        if (l.kind == DiffLine::Kind::Removed) {
            removed.append(l);
        } else if (l.kind == DiffLine::Kind::Added) {
            added.append(l);
        } else {
            flush();
            rows.append({l, l});
        }
    }
    flush();
    return rows;
}

QString ModuleDiff::toText() const
{
    QString out;
    for (const FieldChange &c : fields) {
        switch (c.kind) {
        case FieldChange::Kind::Added:
            out += u"+ "_s + c.field + u": "_s + c.after + u'\n';
            break;
        case FieldChange::Kind::Removed:
            out += u"- "_s + c.field + u": "_s + c.before + u'\n';
            break;
        case FieldChange::Kind::Changed:
            out += u"~ "_s + c.field + u": "_s + c.before + u" → "_s + c.after + u'\n';
            break;
        }
    }
    for (const TextDiff &t : texts)
        out += t.unified();
    return out;
}

ModuleDiff diffModules(const Module &a, const Module &b)
{
    ModuleDiff out;
    out.path = b.path;
    QMap<QString, QString> before, after;
    QJsonObject ja = ModuleJson::toJson(a);
    QJsonObject jb = ModuleJson::toJson(b);
    const bool multiLineDescription = a.description.contains(u'\n')
                                      || b.description.contains(u'\n');
    if (multiLineDescription) {
        ja.remove(u"description"_s);
        jb.remove(u"description"_s);
    }
    flatten(ja, {}, before);
    flatten(jb, {}, after);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto other = after.constFind(it.key());
        if (other == after.cend())
            out.fields.append({it.key(), FieldChange::Kind::Removed, it.value(), {}});
        else if (other.value() != it.value())
            out.fields.append({it.key(), FieldChange::Kind::Changed, it.value(), other.value()});
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (!before.contains(it.key()))
            out.fields.append({it.key(), FieldChange::Kind::Added, {}, it.value()});
    std::sort(out.fields.begin(), out.fields.end(), [](const FieldChange &x, const FieldChange &y) {
        return x.field < y.field;
    });

    if (multiLineDescription && a.description != b.description)
        out.texts.append(diffText(u"description"_s, a.description, b.description));
    for (RecipeKind kind : allRecipeKinds) {
        const QString x = a.image.recipes.get(kind);
        const QString y = b.image.recipes.get(kind);
        if (x != y)
            out.texts.append(diffText(u"image.recipes."_s + ModuleJson::recipeKindName(kind), x, y));
    }
    return out;
}

} // namespace Slipway
