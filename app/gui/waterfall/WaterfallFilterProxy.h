#pragma once

#include <QSortFilterProxyModel>

namespace Gatescope::Gui {

class WaterfallModel;

// Narrows a WaterfallModel to what the user is looking for: only 5xx and failed exchanges, one host,
// and/or a text that must appear in the method, URL, host, status or outcome (case-insensitive).
// A request stays visible when one of its redirect hops matches, and a matching request keeps its
// hops. Live exchanges always stay visible so a request under way never disappears. Rows are read
// through WaterfallModel's typed accessors, so filtering 100,000 rows does not go through QVariant.
class WaterfallFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WaterfallFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override; // must be a WaterfallModel
    WaterfallModel *waterfallModel() const { return m_model; }

    void setFailuresOnly(bool failuresOnly);
    bool failuresOnly() const { return m_failuresOnly; }
    void setHost(const QString &host); // empty = every host
    QString host() const { return m_host; }
    void setText(const QString &text); // empty = no text filter
    QString text() const { return m_text; }
    bool isFiltering() const { return m_failuresOnly || !m_host.isEmpty() || !m_text.isEmpty(); }

    int entryForIndex(const QModelIndex &proxyIndex) const;
    QModelIndex indexForEntry(int entry, int column = 0) const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    WaterfallModel *m_model = nullptr; // not owned
    bool m_failuresOnly = false;
    QString m_host;
    QString m_text;
};

} // namespace Gatescope::Gui
