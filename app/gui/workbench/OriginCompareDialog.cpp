#include "gui/workbench/OriginCompareDialog.h"

#include "hops/ProtocolComparison.h"

using namespace Qt::StringLiterals;

namespace Gatescope::Gui {

namespace {

const QStringList comparedRows = { u"status"_s, u"outcome"_s, u"producer"_s, u"cause"_s,    u"dns"_s,  u"connect"_s,
                                   u"tls"_s,    u"send"_s,    u"wait"_s,     u"download"_s, u"total"_s };

QList<ComparedPath> originPaths(const RequestSpec &request, const QStringList &origins, const QStringList &hops)
{
    QList<ComparedPath> paths { { QString(), 0, OriginComparison::asAddressed(request), {}, {} } };
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const Result<RequestSpec> straight = OriginComparison::straightTo(request, hops.at(i));
        if (straight)
            paths.append({ hops.at(i).trimmed(), int(i + 1), straight.value(), {}, {} });
    }
    for (const QString &origin : origins) {
        const Result<RequestSpec> straight = OriginComparison::straightTo(request, origin);
        if (straight)
            paths.append({ origin.trimmed(), 0, straight.value(), {}, {} });
    }
    return paths;
}

QStringList originColumns(const QList<ComparedPath> &paths)
{
    QStringList columns { OriginCompareDialog::tr("as addressed") };
    for (qsizetype i = 1; i < paths.size(); ++i)
        columns.append(paths.at(i).hop > 0 ? OriginComparison::pathName(paths.at(i))
                                           : OriginCompareDialog::tr("straight to %1").arg(paths.at(i).target));
    return columns;
}

QStringList protocolColumns(const QList<ComparedPath> &paths)
{
    QStringList columns;
    for (const ComparedPath &path : paths)
        columns.append(ProtocolComparison::columnTitle(path));
    return columns;
}

} // namespace

OriginCompareDialog::OriginCompareDialog(const RequestSpec &request, const QStringList &origins, QWidget *parent,
                                         const QStringList &hops)
    : SideBySideDialog(originPaths(request, origins, hops), originColumns(originPaths(request, origins, hops)),
                       comparedRows, parent)
{
    setObjectName(u"originCompareDialog"_s);
    setWindowTitle(tr("Compare with origin — %1").arg(request.url.toDisplayString()));
    start();
}

QString OriginCompareDialog::conclude(const QList<ComparedPath> &paths) const
{
    return OriginComparison::conclusion(paths);
}

ProtocolCompareDialog::ProtocolCompareDialog(const RequestSpec &request, QWidget *parent)
    : SideBySideDialog(ProtocolComparison::paths(request), protocolColumns(ProtocolComparison::paths(request)),
                       QStringList { u"protocol"_s } + comparedRows, parent)
{
    setObjectName(u"protocolCompareDialog"_s);
    setWindowTitle(tr("HTTP/1.1 and HTTP/2 — %1").arg(request.url.toDisplayString()));
    start();
}

QString ProtocolCompareDialog::conclude(const QList<ComparedPath> &paths) const
{
    return ProtocolComparison::conclusion(paths);
}

} // namespace Gatescope::Gui
