#pragma once

// Text that a node wrote (ss-display, parameter values, abort reasons) is shown as it is: Qt
// renders a label's or a tool tip's text as HTML when it looks like HTML, so a node could
// otherwise restyle the view, fake a message or add links.

#include <QString>

namespace Slipway {

// A tool tip that shows `text` literally (escaped, inside rich text so that Qt does not show
// the escapes themselves).
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped()
           + QStringLiteral("</p>");
}

} // namespace Slipway
