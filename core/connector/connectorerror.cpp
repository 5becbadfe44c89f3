#include "connectorerror.h"

namespace Slipway {

QString ConnectorError::toDisplayString() const
{
    if (outputTail.isEmpty())
        return message;
    return message + u'\n' + outputTail.join(u'\n');
}

} // namespace Slipway
