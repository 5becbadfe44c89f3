#pragma once

// What the tests of runs set up by hand before: a temporary folder with a catalog in it, a run
// host on the catalog's database (or the GUI's), launching modules, reading the values and
// events of a run, waiting for its states, and removing whatever its containers left behind.

#include "core/catalog/catalog.h"
#include "core/run/runhost.h"
#include "core/run/runplan.h"

#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Slipway::Testing {

class RunTestBed
{
    Q_DISABLE_COPY_MOVE(RunTestBed)

public:
    RunTestBed();
    ~RunTestBed();

    // The temporary folder and the catalog opened in it (catalog.sqlite); false with a warning.
    bool open();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const;
    QString databaseFile() const;
    Catalog &catalog() { return *m_catalog; }
    // Saves a module as the tests' fixture; false with a warning naming it.
    bool save(const Module &module);

    struct HostOptions
    {
        int reportGraceMs = -1;          // the engine's default when negative
        bool keepPort = false;           // a restarted host listens on the port it had (portFile)
        RunEngine::CloudResolver clouds; // the "local" cloud only when empty
        // Anything else of the host's options (the broker's address, the relay).
        std::function<void(RunHost::Options &)> adjust;

        HostOptions &withReportGraceMs(int ms)
        {
            reportGraceMs = ms;
            return *this;
        }
        HostOptions &withKeptPort()
        {
            keepPort = true;
            return *this;
        }
    };
    // Starts a run host of the test's own on the catalog's database, the broker's certificates
    // in the folder (tls); false with a warning.
    bool startHost(const HostOptions &options);
    bool startHost() { return startHost(HostOptions{}); }
    // Stops the host of the test's own, as a process that quits does (its runs stay recorded).
    void stopHost() { m_host.reset(); }
    bool hasHost() const { return m_external || m_host; }
    // Uses a host that the test does not own (the GUI's ApplicationRunHost).
    void useHost(RunHost *host) { m_external = host; }
    RunHost &host() { return m_external ? *m_external : *m_host; }
    RunEngine &engine() { return host().engine(); }

    // Plans and launches path on the host (or on another); the run's id, empty with a
    // warning when it could not be launched. Every launched run is removed by removeRuns().
    QString launch(const QString &path, const LaunchOptions &options = {});
    QString launchOn(RunHost &host, const QString &path, const LaunchOptions &options = {});
    // A run launched otherwise (through the GUI, slipway-cli) that removeRuns() removes too.
    void track(const QString &run);
    QStringList runs() const { return m_runs; }

    // The value of a key such as "worker.1:hostname" in a run.
    QString value(const QString &run, const QString &key);
    // The run's events, one line each ("instance: message"), for failure messages.
    QString events(const QString &run);
    QString state(const QString &run);
    QString instanceState(const QString &run, const QString &instance);

    // Waits until the run is no longer active on the host; false on time-out.
    bool waitInactive(const QString &run, int timeoutMs);
    // Waits until check holds for the run's record; false on time-out.
    bool waitFor(const QString &run,
                 const std::function<bool(const RunRecord &)> &check,
                 int timeoutMs);

    // Removes the containers and networks of every run launched or tracked.
    void removeRuns();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<RunHost> m_host;
    RunHost *m_external = nullptr;
    QStringList m_runs;
};

} // namespace Slipway::Testing
