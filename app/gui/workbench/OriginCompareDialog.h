#pragma once

#include "gui/workbench/SideBySideDialog.h"

namespace Gatescope::Gui {

// "Compare with origin…": sends the request as addressed and then straight to each origin the user
// typed (same Host and TLS name, no redirects), and shows the results side by side with the
// conclusion (OriginComparison).
class OriginCompareDialog : public SideBySideDialog
{
    Q_OBJECT
public:
    // `origins` and `hops` (the chain the user gave, client side first, sent to between the
    // addressed path and the origins) were checked with OriginComparison::straightTo.
    OriginCompareDialog(const RequestSpec &request, const QStringList &origins, QWidget *parent = nullptr,
                        const QStringList &hops = {});

private:
    QString conclude(const QList<ComparedPath> &paths) const override;
};

// "Try over HTTP/1.1 / HTTP/2": sends the request as addressed over HTTP/1.1, then over HTTP/2,
// and shows both side by side with what was spoken; the conclusion calls out a fault that appears
// over one protocol only (ProtocolComparison).
class ProtocolCompareDialog : public SideBySideDialog
{
    Q_OBJECT
public:
    explicit ProtocolCompareDialog(const RequestSpec &request, QWidget *parent = nullptr);

private:
    QString conclude(const QList<ComparedPath> &paths) const override;
};

} // namespace Gatescope::Gui
