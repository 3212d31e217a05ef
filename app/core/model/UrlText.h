#pragma once

#include <QString>

namespace Gatescope {

// A URL typed or pasted with a space (or another blank) inside it: where (1-based character) and
// the URL with %20 in its place, worded the same for the window and `gatescope probe`. "" when the
// URL (trimmed) has none.
QString urlSpaceProblem(QStringView url);

} // namespace Gatescope
