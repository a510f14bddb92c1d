#pragma once

#include "reports/reportchart.h"

#include <QWidget>

namespace bxt {

// A chart of reports/reportchart.h in a widget, painted by the same drawer as the exports.
class ReportChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportChartView)

public:
    explicit ReportChartView(QWidget *parent = nullptr);
    void setChart(const ChartData &chart);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ChartData m_chart;
};

} // namespace bxt
