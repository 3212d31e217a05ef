#include "http/Http2RequestHeaders.h"

#include <QCoreApplication>

#include <algorithm>

namespace Gatescope {

// The texts keep the translation context of Http2Conversation, where they were first written.
QString http2HeaderTrouble(const HeaderList &headers, quint32 peerMaxHeaderList)
{
    qsizetype size = 0;
    qsizetype largestField = 0;
    QByteArray largestName;
    static const QByteArray tokenChars = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyz";
    for (const HeaderField &field : headers) {
        if (!field.enabled)
            continue;
        size += field.name.size() + field.value.size() + 32;
        if (field.name.size() + field.value.size() > largestField) {
            largestField = field.name.size() + field.value.size();
            largestName = field.name;
        }
        const QByteArray name = field.name.toLower();
        if (!std::all_of(name.cbegin(), name.cend(), [](char ch) { return tokenChars.contains(ch); })) {
            return QCoreApplication::translate("Gatescope::Http2Conversation",
                                               "the request header name '%1' has characters HTTP/2 forbids")
                .arg(QString::fromLatin1(field.name.left(64)));
        }
        // RFC 9113 §8.2.1: no NUL, CR or LF, and no white space at either end of a value.
        const QByteArray &v = field.value;
        if (v.contains('\0') || v.contains('\r') || v.contains('\n')
            || (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t' || v.back() == ' ' || v.back() == '\t'))) {
            return QCoreApplication::translate("Gatescope::Http2Conversation",
                                               "the value of the request header '%1' has characters HTTP/2 forbids")
                .arg(QString::fromLatin1(field.name.left(64)));
        }
    }
    // Without a limit announced: 8 KiB for one field and 16 KiB for the list, nginx's defaults
    // (large_client_header_buffers 4 8k; nginx answers a larger field with GOAWAY
    // ENHANCE_YOUR_CALM, seen in tests/gateways/tst_gateways_http2.cpp).
    const qsizetype limit = peerMaxHeaderList > 0 ? qsizetype(peerMaxHeaderList) : 16 * 1024;
    if (peerMaxHeaderList == 0 && largestField > 8 * 1024) {
        return QCoreApplication::translate("Gatescope::Http2Conversation",
                                           "the request header '%1' is large (%2 bytes)")
            .arg(QString::fromLatin1(largestName.left(64)))
            .arg(largestField);
    }
    if (size > limit) {
        return peerMaxHeaderList > 0
            ? QCoreApplication::translate(
                  "Gatescope::Http2Conversation",
                  "the request's header list (%1 bytes) is larger than the server's MAX_HEADER_LIST_SIZE of %2")
                  .arg(size)
                  .arg(peerMaxHeaderList)
            : QCoreApplication::translate("Gatescope::Http2Conversation",
                                          "the request's header list is large (%1 bytes)")
                  .arg(size);
    }
    return {};
}

} // namespace Gatescope
