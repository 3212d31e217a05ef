#include "report/HtmlEscape.h"

namespace Gatescope {

namespace {

// What a character becomes, or an empty view when it stays as it is.
QStringView replacementFor(char16_t c)
{
    switch (c) {
    case u'&':
        return u"&amp;";
    case u'<':
        return u"&lt;";
    case u'>':
        return u"&gt;";
    case u'"':
        return u"&quot;";
    case u'\'':
        return u"&#39;";
    case u'\n':
    case u'\t':
    case u'\r':
        return {};
    default:
        if (c < 0x20 || c == 0x7f)
            return u"\uFFFD";
        return {};
    }
}

} // namespace

QString htmlEscape(const QString &text)
{
    const char16_t *begin = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *end = begin + text.size();
    const char16_t *p = begin;
    while (p < end && replacementFor(*p).isEmpty())
        ++p;
    if (p == end)
        return text; // nothing to escape: the same text, without a copy
    QString out;
    out.reserve(text.size() + text.size() / 8 + 8);
    const char16_t *runStart = begin;
    for (; p < end; ++p) {
        const QStringView replacement = replacementFor(*p);
        if (replacement.isEmpty())
            continue;
        out.append(QStringView(runStart, p - runStart));
        out.append(replacement);
        runStart = p + 1;
    }
    out.append(QStringView(runStart, end - runStart));
    return out;
}

} // namespace Gatescope
