#include "instanceoutput.h"

#include <algorithm>
#include <cstring>

namespace Slipway {

InstanceOutput::InstanceOutput(QObject *parent)
    : QObject(parent)
{}

void InstanceOutput::append(const QString &run, const QString &instance, const QByteArray &chunk)
{
    if (chunk.isEmpty())
        return;
    Ring &ring = m_runs[run][instance];
    ring.total += chunk.size();
    if (!ring.full && ring.bytes.size() + chunk.size() <= m_capacity) {
        ring.bytes.append(chunk);
    } else {
        if (!ring.full) {
            // From now on the ring is a fixed array written round (what is kept is over
            // m_capacity here, as it did not fit).
            QByteArray fixed = ring.bytes;
            fixed.append(chunk);
            ring.bytes = fixed.right(m_capacity);
            ring.start = 0;
            ring.full = true;
        } else {
            // Only the chunk's last m_capacity bytes can stay.
            const QByteArrayView kept = QByteArrayView(chunk).right(m_capacity);
            qsizetype at = ring.start;
            qsizetype done = 0;
            while (done < kept.size()) {
                const qsizetype n = std::min(kept.size() - done, m_capacity - at);
                std::memcpy(ring.bytes.data() + at, kept.data() + done, size_t(n));
                done += n;
                at = (at + n) % m_capacity;
            }
            ring.start = at;
        }
    }
    Q_EMIT outputAppended(run, instance, chunk);
}

QByteArray InstanceOutput::output(const QString &run, const QString &instance) const
{
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend())
        return {};
    const auto i = r->constFind(instance);
    if (i == r->cend())
        return {};
    if (!i->full)
        return i->bytes;
    return i->bytes.mid(i->start) + i->bytes.left(i->start);
}

qint64 InstanceOutput::totalBytes(const QString &run, const QString &instance) const
{
    const auto r = m_runs.constFind(run);
    if (r == m_runs.cend())
        return 0;
    const auto i = r->constFind(instance);
    return i == r->cend() ? 0 : i->total;
}

QStringList InstanceOutput::instances(const QString &run) const
{
    QStringList names = m_runs.value(run).keys();
    names.sort();
    return names;
}

void InstanceOutput::removeRun(const QString &run)
{
    m_runs.remove(run);
}

bool InstanceOutput::isOutputRoute(const QStringList &segments)
{
    return segments.size() == 7 && segments.at(0) == u"api" && segments.at(1) == u"v1"
           && segments.at(2) == u"runs" && segments.at(4) == u"instances"
           && segments.at(6) == u"output";
}

} // namespace Slipway
