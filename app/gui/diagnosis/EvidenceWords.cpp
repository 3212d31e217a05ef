#include "gui/diagnosis/EvidenceWords.h"

#include "diagnosis/Diagnoser.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gatescope::Gui::EvidenceWords {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Gatescope::Gui::EvidenceWords)
};

} // namespace

QString factInWords(const QString &fact)
{
    const bool negated = fact.startsWith(u'!');
    const QString id = negated ? fact.mid(1) : fact;
    struct Phrase
    {
        const char16_t *id;
        const char *yes;
        const char *no;
    };
    static const Phrase phrases[] = {
        { u"response.present", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "a response arrived"),
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "no response arrived") },
        { u"response.complete", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the response was complete"),
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the response was not complete") },
        { u"status.5xx", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the status is a 5xx"),
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the status is not a 5xx") },
        { u"gateway.generated", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "a gateway made the answer"),
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "no sign that a gateway made the answer") },
        { u"gateway.seen", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "a gateway is on the way"),
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "no gateway seen on the way") },
        { u"timing.matches-read-default",
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the wait matches a gateway's read timeout"),
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the wait matches no gateway's read timeout") },
        { u"page.apache", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "Apache's own error page"),
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "not Apache's own error page") },
        { u"transport.refused", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the connection was refused"),
          nullptr },
        { u"transport.timeout", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "a timeout struck"), nullptr },
        { u"transport.closed-early",
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the connection closed before a complete response"),
          nullptr },
        { u"transport.reset", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the connection was reset"), nullptr },
        { u"transport.invalid-response",
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the bytes were not a usable HTTP response"), nullptr },
        { u"transport.tls-failure", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the TLS handshake failed"),
          nullptr },
        { u"transport.dns-failure", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the host name did not resolve"),
          nullptr },
        { u"transport.cancelled", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "you cancelled the request"),
          nullptr },
        { u"transport.client-ended",
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the client ended the request itself"), nullptr },
        { u"h2.stream-reset", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the server reset the HTTP/2 stream"),
          nullptr },
        { u"h2.goaway", QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the server sent GOAWAY"), nullptr },
        { u"h2.flow-stall",
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the request body waited on a closed HTTP/2 window"),
          nullptr },
        { u"h2.header-refused",
          QT_TRANSLATE_NOOP("Gatescope::Gui::EvidenceWords", "the server refused the request's header block"),
          nullptr },
    };
    for (const Phrase &phrase : phrases) {
        if (id == phrase.id) {
            const char *text = negated ? phrase.no : phrase.yes;
            return text ? Words::tr(text) : QString();
        }
    }
    return {};
}

QStringList inWords(const QStringList &decidedBy, const QString &rawCondition, bool responseArrived)
{
    const QString holds = Diagnoser::tr("holds: %1").arg(rawCondition.simplified());
    QStringList words;
    for (const QString &item : decidedBy) {
        if (item == holds && !rawCondition.isEmpty()) {
            // Held through what was absent: its negated terms, in words. Of a choice between "no
            // response" and "an incomplete one", the one that applies.
            static const QRegularExpression negatedTerm(u"!([a-z0-9][a-z0-9.\\-]*)"_s);
            for (const QRegularExpressionMatch &match : negatedTerm.globalMatch(rawCondition)) {
                const QString fact = match.captured(1);
                if (fact == u"response.present" && responseArrived)
                    continue;
                if ((fact == u"response.complete" || fact == u"status.5xx") && !responseArrived
                    && rawCondition.contains(u"!response.present"))
                    continue;
                const QString phrase = factInWords(u'!' + fact);
                if (!phrase.isEmpty() && !words.contains(phrase))
                    words.append(phrase);
            }
            if (words.isEmpty())
                words.append(item);
            continue;
        }
        const QString phrase = factInWords(item);
        words.append(phrase.isEmpty() ? item : phrase);
    }
    return words;
}

} // namespace Gatescope::Gui::EvidenceWords
