#pragma once

#include <QStringList>
#include <QTextStream>

namespace Slipway::Cli {

// `slipway-cli build IMAGE [--cloud C]`: builds a derived image step by step on its cloud's
// connector (unchanged steps are reused) as a build run of the engine, which records the
// built image on the image's latest version.
class BuildCommand
{
public:
    struct Options
    {
        QString catalogFile; // empty: the default location
        bool json = false;
        QString cloud; // empty: "local"
    };

    BuildCommand(const Options &options, QTextStream &out, QTextStream &err)
        : m_options(options)
        , m_out(out)
        , m_err(err)
    {}

    int run(const QStringList &arguments); // arguments after "build"

private:
    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Slipway::Cli
