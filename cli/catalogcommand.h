#pragma once

#include "core/catalog/catalog.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace Slipway::Cli {

// `slipway-cli catalog SUBCOMMAND …`: ls, show, history, diff, export, import, image-id,
// save, init-team.
class CatalogCommand
{
public:
    struct Options
    {
        QString catalogFile; // empty: the default location
        bool json = false;
        bool withHistory = false;
        bool withSecrets = false; // export and show passwords' values
        bool dryRun = false;
        bool includeDeleted = false;
        bool noExamples = false;
        QString onConflict;
        QString renameSuffix;
        QString output;
        QString author;
        QString comment;
        QString region;
        QString version;
        QString base; // catalog save: the version the saved file was based on
    };

    CatalogCommand(const Options &options, QTextStream &out, QTextStream &err)
        : m_options(options)
        , m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &arguments); // arguments after "catalog"

private:
    int openCatalog();
    int list(const QStringList &args);
    int show(const QStringList &args);
    int history(const QStringList &args);
    int diff(const QStringList &args);
    int exportBundle(const QStringList &args);
    int import(const QStringList &args);
    int imageId(const QStringList &args);
    int saveFile(const QStringList &args);
    int initTeam(const QStringList &args);
    int usage(const QString &message);
    int failure(const QString &message);
    void printJson(const QJsonValue &value);
    QString author() const;

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Catalog> m_catalog;
};

} // namespace Slipway::Cli
