#include "capture/Capture.h"

namespace Gatescope {

using namespace Qt::StringLiterals;

QString Capture::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Har:
        return u"har"_s;
    case Kind::Curl:
        return u"curl"_s;
    case Kind::RawRequest:
        return u"raw-request"_s;
    case Kind::RawResponse:
        return u"raw-response"_s;
    case Kind::HttpFile:
        return u"http-file"_s;
    }
    return {};
}

} // namespace Gatescope
