#include "instancestate.h"

#include <array>
#include <utility>

namespace Slipway {

namespace {

constexpr std::array<std::pair<InstanceState, QStringView>, 9> kNames{{
    {InstanceState::Provisioning, u"provisioning"},
    {InstanceState::Booting, u"booting"},
    {InstanceState::Installing, u"installing"},
    {InstanceState::Executing, u"executing"},
    {InstanceState::Waiting, u"waiting"},
    {InstanceState::Reporting, u"reporting"},
    {InstanceState::Ready, u"ready"},
    {InstanceState::Failed, u"failed"},
    {InstanceState::Terminated, u"terminated"},
}};

} // namespace

QString instanceStateName(InstanceState state)
{
    for (const auto &[s, name] : kNames)
        if (s == state)
            return name.toString();
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<InstanceState> instanceStateFromName(QStringView name)
{
    for (const auto &[s, n] : kNames)
        if (n == name)
            return s;
    return std::nullopt;
}

} // namespace Slipway
