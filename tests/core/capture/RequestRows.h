// Requests written out field by field for data-driven test rows of the capture readers and writers.
#pragma once

#include "model/RequestSpec.h"

#include <QUrl>

namespace Gatescope::TestRows {

inline RequestSpec requestOf(const QByteArray &method, const QString &url, const HeaderList &headers,
                             const QByteArray &body)
{
    RequestSpec request;
    request.method = method;
    request.url = QUrl(url);
    request.headers = headers;
    request.body = body;
    return request;
}

} // namespace Gatescope::TestRows
