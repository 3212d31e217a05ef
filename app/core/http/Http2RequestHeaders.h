#pragma once

#include "model/RequestSpec.h"

#include <QString>

namespace Gatescope {

// Why an HTTP/2 server would likely refuse a request's header block, in words; empty when nothing
// stands out. Looks at the enabled fields as they would travel (RFC 9113 §8.2): a name with
// characters HTTP/2 forbids, a value with NUL, CR, LF or white space at either end, a header list
// larger than the server's SETTINGS_MAX_HEADER_LIST_SIZE (`peerMaxHeaderList`; 0 = none announced:
// then nginx's defaults, 8 KiB for one field and 16 KiB for the list). The probe asks it when a
// stream ends before an answer; the HAR importer when Chrome names ERR_HTTP2_PROTOCOL_ERROR.
QString http2HeaderTrouble(const HeaderList &headers, quint32 peerMaxHeaderList = 0);

} // namespace Gatescope
