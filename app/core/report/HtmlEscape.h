#pragma once

#include <QString>

namespace Gatescope {

// Escapes text for HTML element content and quoted attribute values: & < > " ' become entities,
// and control characters other than tab/newline become U+FFFD, so captured bytes can never open
// a tag, end a <style>, or leave an attribute.
QString htmlEscape(const QString &text);

} // namespace Gatescope
