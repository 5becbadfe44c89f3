#include "postgresserver.h"

#include "core/catalog/catalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>

#include <atomic>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Slipway::Testing {

namespace {

std::atomic<int> adminConnections{0};

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool writeFile(const QString &file, const QByteArray &text, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(file, f.errorString());
        return false;
    }
    return true;
}

// Gives a file or folder (and what is in a folder) to uid/gid.
void chownTree(const QString &path, uid_t uid, gid_t gid)
{
    (void) ::chown(QFile::encodeName(path).constData(), uid, gid);
    QDir dir(path);
    if (!dir.exists())
        return;
    for (const QString &name : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        chownTree(dir.filePath(name), uid, gid);
}

} // namespace

PostgresServer::PostgresServer()
    : m_dir(std::make_unique<QTemporaryDir>())
{}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir()
{
    for (const QString &version : {u"17"_s, u"18"_s, u"16"_s, u"15"_s}) {
        const QString dir = u"/usr/lib/postgresql/%1/bin"_s.arg(version);
        if (QFile::exists(dir + u"/initdb"_s) && QFile::exists(dir + u"/postgres"_s))
            return dir;
    }
    return {};
}

QStringList PostgresServer::serverUserPrefix() const
{
    if (::geteuid() != 0)
        return {};
    return {u"setpriv"_s, u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s, u"--"_s};
}

bool PostgresServer::runTool(const QStringList &command, QString *error, bool asServerUser)
{
    QStringList full = asServerUser ? serverUserPrefix() + command : command;
    QProcess p;
    p.setWorkingDirectory(m_dir->path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(full.takeFirst(), full);
    if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = u"%1 failed: %2"_s.arg(command.join(u' '),
                                            QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    if (isRunning())
        return true;
    const QString bin = binDir();
    if (bin.isEmpty()) {
        if (error)
            *error = u"PostgreSQL's initdb and postgres are not installed"_s;
        return false;
    }
    if (!m_dir->isValid()) {
        if (error)
            *error = u"no temporary folder"_s;
        return false;
    }
    const QString dir = m_dir->path();
    const QString data = dir + u"/data"_s;
    if (!m_made) {
        m_port = freePort();
        // The test CA, the server's certificate (127.0.0.1 and localhost) and a CA that
        // signed nothing here.
        const QString ext = dir + u"/server.ext"_s;
        if (!writeFile(ext, "subjectAltName=IP:127.0.0.1,DNS:localhost\n", error))
            return false;
        const QStringList ec{u"-newkey"_s,
                             u"ec"_s,
                             u"-pkeyopt"_s,
                             u"ec_paramgen_curve:prime256v1"_s};
        if (!runTool(QStringList{u"openssl"_s, u"req"_s, u"-x509"_s} + ec
                         + QStringList{u"-nodes"_s,
                                       u"-keyout"_s,
                                       u"ca.key"_s,
                                       u"-out"_s,
                                       u"ca.crt"_s,
                                       u"-days"_s,
                                       u"2"_s,
                                       u"-subj"_s,
                                       u"/CN=Slipway test CA"_s},
                     error,
                     false)
            || !runTool(QStringList{u"openssl"_s, u"req"_s, u"-x509"_s} + ec
                            + QStringList{u"-nodes"_s,
                                          u"-keyout"_s,
                                          u"other-ca.key"_s,
                                          u"-out"_s,
                                          u"other-ca.crt"_s,
                                          u"-days"_s,
                                          u"2"_s,
                                          u"-subj"_s,
                                          u"/CN=Another CA"_s},
                        error,
                        false)
            || !runTool(QStringList{u"openssl"_s, u"req"_s} + ec
                            + QStringList{u"-nodes"_s,
                                          u"-keyout"_s,
                                          u"server.key"_s,
                                          u"-out"_s,
                                          u"server.csr"_s,
                                          u"-subj"_s,
                                          u"/CN=localhost"_s},
                        error,
                        false)
            || !runTool({u"openssl"_s,
                         u"x509"_s,
                         u"-req"_s,
                         u"-in"_s,
                         u"server.csr"_s,
                         u"-CA"_s,
                         u"ca.crt"_s,
                         u"-CAkey"_s,
                         u"ca.key"_s,
                         u"-CAcreateserial"_s,
                         u"-out"_s,
                         u"server.crt"_s,
                         u"-days"_s,
                         u"2"_s,
                         u"-extfile"_s,
                         ext},
                        error,
                        false))
            return false;
        ::chmod(QFile::encodeName(dir + u"/server.key"_s).constData(), 0600);
        ::chmod(QFile::encodeName(dir).constData(), 0700);
        if (::geteuid() == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            const group *nogroup = ::getgrnam("nogroup");
            if (!nobody || !nogroup) {
                if (error)
                    *error = u"there is no user nobody or group nogroup to run the server as"_s;
                return false;
            }
            chownTree(dir, nobody->pw_uid, nogroup->gr_gid);
        }
        if (!runTool({bin + u"/initdb"_s,
                      u"-D"_s,
                      data,
                      u"-U"_s,
                      u"postgres"_s,
                      u"-E"_s,
                      u"UTF8"_s,
                      u"--locale=C"_s,
                      u"--auth-local=trust"_s,
                      u"--auth-host=scram-sha-256"_s},
                     error,
                     true))
            return false;
        const QByteArray hba = "local all postgres trust\n"
                               "local all all scram-sha-256\n"
                               "hostssl all all 127.0.0.1/32 scram-sha-256\n";
        const QByteArray conf = u"listen_addresses = '127.0.0.1'\n"
                                "port = %1\n"
                                "unix_socket_directories = '%2'\n"
                                "ssl = on\n"
                                "ssl_cert_file = '%2/server.crt'\n"
                                "ssl_key_file = '%2/server.key'\n"
                                "max_connections = 40\n"
                                "logging_collector = off\n"_s.arg(m_port)
                                    .arg(dir)
                                    .toUtf8();
        QFile confFile(data + u"/postgresql.conf"_s);
        if (!writeFile(data + u"/pg_hba.conf"_s, hba, error) || !confFile.open(QIODevice::Append)
            || confFile.write(conf) != conf.size()) {
            if (error && error->isEmpty())
                *error = u"cannot configure the server"_s;
            return false;
        }
        confFile.close();
        m_made = true;
    }

    QStringList command = serverUserPrefix() + QStringList{bin + u"/postgres"_s, u"-D"_s, data};
    m_postgres = std::make_unique<QProcess>();
    m_postgres->setProcessChannelMode(QProcess::MergedChannels);
    m_postgres->setStandardOutputFile(dir + u"/server.log"_s, QIODevice::Append);
    m_postgres->start(command.takeFirst(), command);
    if (!m_postgres->waitForStarted(10'000)) {
        if (error)
            *error = u"postgres did not start: %1"_s.arg(m_postgres->errorString());
        return false;
    }
    // Ready when pg_isready says so (recovery after a crash takes a moment).
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 60'000) {
        if (m_postgres->state() != QProcess::Running)
            break;
        QProcess ready;
        ready.start(bin + u"/pg_isready"_s,
                    {u"-q"_s, u"-h"_s, dir, u"-p"_s, QString::number(m_port)});
        if (ready.waitForFinished(10'000) && ready.exitCode() == 0)
            return true;
        QThread::msleep(100);
    }
    QFile log(dir + u"/server.log"_s);
    (void) log.open(QIODevice::ReadOnly);
    if (error)
        *error = u"postgres did not become ready: %1"_s.arg(
            QString::fromLocal8Bit(log.readAll().right(2000)));
    stop();
    return false;
}

bool PostgresServer::isRunning() const
{
    return m_postgres && m_postgres->state() == QProcess::Running;
}

void PostgresServer::stop()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_postgres->processId()), SIGINT);
    if (!m_postgres->waitForFinished(30'000)) {
        m_postgres->kill();
        m_postgres->waitForFinished(5'000);
    }
}

void PostgresServer::crash()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_postgres->processId()), SIGQUIT);
    if (!m_postgres->waitForFinished(30'000)) {
        m_postgres->kill();
        m_postgres->waitForFinished(5'000);
    }
}

PostgresConnection PostgresServer::socketConnection(const QString &user,
                                                    const QString &database,
                                                    const QString &password) const
{
    PostgresConnection c;
    c.host = socketDir();
    c.port = m_port;
    c.user = user;
    c.database = database;
    c.password = password;
    return c;
}

PostgresConnection PostgresServer::tlsConnection(const QString &user,
                                                 const QString &database,
                                                 const QString &password) const
{
    PostgresConnection c;
    c.host = u"127.0.0.1"_s;
    c.port = m_port;
    c.user = user;
    c.database = database;
    c.password = password;
    c.sslRootCert = caFile();
    return c;
}

bool PostgresServer::admin(const QString &database, const QStringList &statements, QString *error)
{
    const QString name = u"pg-admin-%1"_s.arg(adminConnections.fetch_add(1));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(socketDir());
        db.setPort(m_port);
        db.setUserName(u"postgres"_s);
        db.setDatabaseName(database);
        if (!db.open()) {
            ok = false;
            if (error)
                *error = db.lastError().text();
        }
        for (const QString &sql : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                ok = false;
                if (error)
                    *error = u"%1: %2"_s.arg(sql.left(80), q.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PostgresServer::makeTeamCatalog(const QString &database,
                                     const QStringList &roles,
                                     const QStringList &members,
                                     QString *error)
{
    if (!admin(u"postgres"_s, {u"CREATE DATABASE %1"_s.arg(database)}, error)
        || !admin(database, roles, error))
        return false;
    {
        Catalog init(std::make_shared<PostgresBackend>(socketConnection(u"postgres"_s, database),
                                                       PostgresBackend::Mode::Administer));
        if (auto opened = init.open(); !opened) {
            if (error)
                *error = opened.errorMessage();
            return false;
        }
    }
    return members.isEmpty()
           || admin(database, {u"GRANT slipway_members TO "_s + members.join(u", "_s)}, error);
}

} // namespace Slipway::Testing
