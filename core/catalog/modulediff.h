#pragma once

// The differences between two versions of a module: field by field for everything but text
// that spans lines (recipes, descriptions), which is compared line by line with dtl.
//
// Field names follow the JSON form (core/model/modulejson.h), with list items named by what
// identifies them rather than by index, so that inserting a package does not report every
// later one as changed: "image.packages[nginx].repository",
// "image.parameters[db_password].default", "deployment.nodes[web].mappings[db_host]",
// "deployment.nodes[web].position", "authz.ownerRights", "image.imageIds[local].imageId".

#include "core/model/module.h"

#include <QList>
#include <QString>

namespace Slipway {

struct FieldChange
{
    enum class Kind { Added, Removed, Changed };
    QString field;
    Kind kind = Kind::Changed;
    QString before; // empty when Added
    QString after;  // empty when Removed

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

struct DiffLine
{
    enum class Kind { Common, Added, Removed };
    Kind kind = Kind::Common;
    QString text;
    int oldLine = 0; // 1-based; 0 when Added
    int newLine = 0; // 1-based; 0 when Removed

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// One hunk of a unified diff: "@@ -oldStart,oldCount +newStart,newCount @@", three lines of
// context around the changes.
struct DiffHunk
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;
};

// One row of a side-by-side view: a removed line beside the added line that replaced it.
struct SideBySideRow
{
    std::optional<DiffLine> left;  // the old text (Common or Removed)
    std::optional<DiffLine> right; // the new text (Common or Added)
};

struct TextDiff
{
    QString field;         // "image.recipes.recipe", "description"
    QList<DiffLine> lines; // the whole edit script, in order
    QList<DiffHunk> hunks;

    // "--- a/FIELD\n+++ b/FIELD\n@@ -1,3 +1,4 @@\n line\n-old\n+new\n…"
    QString unified() const;
    QList<SideBySideRow> sideBySide() const;
};

struct ModuleDiff
{
    QString path;
    int fromVersion = 0;
    int toVersion = 0;
    QList<FieldChange> fields; // sorted by field name
    QList<TextDiff> texts;     // one per multi-line field that differs

    bool isEmpty() const { return fields.isEmpty() && texts.isEmpty(); }
    // A readable summary: one line per field change, then each text's unified diff.
    QString toText() const;
};

// The differences from a to b. Built images are not compared: they are not content.
ModuleDiff diffModules(const Module &a, const Module &b);

// Line-by-line diff of two texts (dtl); lines are split on '\n'.
TextDiff diffText(const QString &field, const QString &before, const QString &after);

} // namespace Slipway
