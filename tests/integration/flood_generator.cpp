// A hostile client for the flood test and bench_flood, run as a child process so that its file
// descriptors are its own: idle connections, slow unauthenticated 16 MiB uploads and
// unauthenticated relay links, each kind from its own loopback source address, all against
// loopback ports. Whatever the server closes is opened again after a pause. It stops by itself
// after --seconds, or when its standard input closes, and prints, once a second and at the end, one line of counts:
//
//   flood idle=OPEN/OPENED uploads=OPEN/OPENED links=OPEN/OPENED answers=N closed=N
//
// OPEN: connections open now; OPENED: connections made so far; answers: HTTP answers the
// uploads got (a refusal from the headers); closed: connections the server closed.
//
//   flood_generator --seconds S [--idle-port P]... [--idle N] [--upload-port P]... [--uploads N]
//                   [--upload-path PATH] [--link-port P]... [--links N]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

enum class Kind { Idle, Upload, Link };

struct SocketState
{
    bool open = false;
    bool ended = false;
};

struct Counts
{
    int open = 0;
    qint64 opened = 0;
};

class Flood : public QObject
{
public:
    Counts idle, uploads, links;
    qint64 answers = 0;
    qint64 closed = 0;
    QByteArray uploadPath = "/api/v1/runs/flood/reports/flood.log";
    bool stopping = false;

    // Idle connections hold no socket notifier: thousands of them in one event loop would make
    // every pass of it slow. They are plain non-blocking sockets, looked at once a second.
    struct IdleSlot
    {
        int fd = -1;
        quint16 port = 0;
    };
    std::vector<IdleSlot> idleSlots;

    void addIdle(quint16 port) { idleSlots.push_back({-1, port}); }

    void tendIdle()
    {
        for (IdleSlot &slot : idleSlots) {
            if (slot.fd >= 0) {
                char c;
                const ssize_t n = ::recv(slot.fd, &c, 1, MSG_PEEK | MSG_DONTWAIT);
                if (n > 0 || (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)))
                    continue; // still open
                ::close(slot.fd);
                slot.fd = -1;
                --idle.open;
                ++closed;
            }
            if (stopping)
                continue;
            const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
            if (fd < 0)
                continue;
            sockaddr_in from{};
            from.sin_family = AF_INET;
            from.sin_addr.s_addr = htonl(0x7f000002); // 127.0.0.2
            sockaddr_in to{};
            to.sin_family = AF_INET;
            to.sin_port = htons(slot.port);
            to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            // The port is chosen by connect(), among those free for this destination: bind()
            // alone would look for a port free for every destination, slowly once thousands
            // are taken or in TIME_WAIT.
            const int one = 1;
            ::setsockopt(fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
            if (::bind(fd, reinterpret_cast<const sockaddr *>(&from), sizeof from) != 0
                || (::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to) != 0
                    && errno != EINPROGRESS)) {
                ::close(fd);
                continue;
            }
            slot.fd = fd;
            ++idle.open;
            ++idle.opened;
        }
    }

    void start(Kind kind, quint16 port)
    {
        if (stopping)
            return;
        auto *socket = new QSslSocket(this);
        QSslConfiguration tls = socket->sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // an attacker checks nothing
        socket->setSslConfiguration(tls);
        // Each kind from its own address: the server's per-address caps apply to each.
        const QHostAddress from(kind == Kind::Idle     ? u"127.0.0.2"_s
                                : kind == Kind::Upload ? u"127.0.0.3"_s
                                                       : u"127.0.0.4"_s);
        socket->bind(from);
        Counts &counts = countsOf(kind);
        auto *trickle = new QTimer(socket);
        auto state = std::make_shared<SocketState>();
        connect(socket, &QAbstractSocket::connected, this, [&counts, state] {
            state->open = true;
            ++counts.open;
            ++counts.opened;
        });
        connect(socket, &QSslSocket::encrypted, this, [this, kind, socket, trickle, port] {
            if (kind == Kind::Upload) {
                socket->write("PUT " + uploadPath
                              + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                "Authorization: Bearer not-a-token\r\n"
                                "X-Slipway-Instance: worker.1\r\n"
                                "Content-Length: 16777216\r\n\r\n");
                // 1 KiB a second: slow enough to hold the connection as long as allowed.
                connect(trickle, &QTimer::timeout, socket, [socket] {
                    socket->write(QByteArray(512, 'f'));
                });
                trickle->start(500ms);
            } else if (kind == Kind::Link) {
                socket->write("GET /slipway-relay/v1 HTTP/1.1\r\nHost: 127.0.0.1:"
                              + QByteArray::number(port)
                              + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                                "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                "Sec-WebSocket-Version: 13\r\n\r\n");
            }
        });
        connect(socket, &QIODevice::readyRead, this, [this, socket] {
            if (socket->readAll().startsWith("HTTP/1.1 4"))
                ++answers;
        });
        const auto ended = [this, kind, port, socket, state] {
            if (state->ended)
                return;
            state->ended = true;
            if (state->open) {
                --countsOf(kind).open;
                ++closed;
            }
            socket->deleteLater();
            // Opened again: the flood lasts as long as asked.
            QTimer::singleShot(kind == Kind::Upload ? 200ms : 1s, this, [this, kind, port] {
                start(kind, port);
            });
        };
        connect(socket, &QAbstractSocket::disconnected, this, ended);
        connect(socket, &QAbstractSocket::errorOccurred, this, [socket, ended] {
            if (socket->state() == QAbstractSocket::UnconnectedState)
                ended();
        });
        if (kind == Kind::Idle)
            socket->connectToHost(QHostAddress::LocalHost, port); // never says a word
        else
            socket->connectToHostEncrypted(u"127.0.0.1"_s, port);
    }

    Counts &countsOf(Kind kind)
    {
        return kind == Kind::Idle ? idle : kind == Kind::Upload ? uploads : links;
    }

    void print() const
    {
        std::printf("flood idle=%d/%lld uploads=%d/%lld links=%d/%lld answers=%lld closed=%lld\n",
                    idle.open,
                    idle.opened,
                    uploads.open,
                    uploads.opened,
                    links.open,
                    links.opened,
                    answers,
                    closed);
        std::fflush(stdout);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption seconds(u"seconds"_s, u"How long."_s, u"S"_s, u"20"_s);
    const QCommandLineOption idlePort(u"idle-port"_s, u"Port for idle connections."_s, u"P"_s);
    const QCommandLineOption idle(u"idle"_s, u"Idle connections per port."_s, u"N"_s, u"5000"_s);
    const QCommandLineOption uploadPort(u"upload-port"_s, u"Port for uploads."_s, u"P"_s);
    const QCommandLineOption uploads(u"uploads"_s, u"Slow uploads per port."_s, u"N"_s, u"200"_s);
    const QCommandLineOption uploadPath(u"upload-path"_s, u"Upload path."_s, u"PATH"_s);
    const QCommandLineOption linkPort(u"link-port"_s, u"Relay link port."_s, u"P"_s);
    const QCommandLineOption links(u"links"_s, u"Relay links per port."_s, u"N"_s, u"1000"_s);
    parser.addOptions({seconds, idlePort, idle, uploadPort, uploads, uploadPath, linkPort, links});
    parser.process(app);

    // Its own descriptors: as many as the hard limit allows.
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }

    Flood flood;
    if (parser.isSet(uploadPath))
        flood.uploadPath = parser.value(uploadPath).toUtf8();
    const auto launch = [&](const QCommandLineOption &ports, int count, Kind kind) {
        for (const QString &port : parser.values(ports))
            for (int i = 0; i < count; ++i)
                flood.start(kind, quint16(port.toUInt()));
    };
    for (const QString &port : parser.values(idlePort))
        for (int i = 0, n = parser.value(idle).toInt(); i < n; ++i)
            flood.addIdle(quint16(port.toUInt()));
    flood.tendIdle();
    QTimer tend;
    QObject::connect(&tend, &QTimer::timeout, &flood, [&] { flood.tendIdle(); });
    tend.start(1s);
    launch(uploadPort, parser.value(uploads).toInt(), Kind::Upload);
    launch(linkPort, parser.value(links).toInt(), Kind::Link);

    QTimer report;
    QObject::connect(&report, &QTimer::timeout, &flood, [&] { flood.print(); });
    report.start(1s);
    const auto stop = [&] {
        if (flood.stopping)
            return;
        flood.stopping = true;
        flood.print();
        std::printf("flood done\n");
        std::fflush(stdout);
        app.quit();
    };
    QTimer::singleShot(std::chrono::seconds(parser.value(seconds).toInt()), &app, stop);
    // Or sooner, when standard input closes (the test is done with the flood).
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            stop();
        }
    });
    return app.exec();
}
