#include "common/reportchartview.h"

#include <QPainter>

namespace bxt {

ReportChartView::ReportChartView(QWidget *parent)
    : QWidget(parent)
{ }

void ReportChartView::setChart(const ChartData &chart)
{
    m_chart = chart;
    setAccessibleName(chart.title);
    setMinimumHeight(int(ReportChart::preferredHeight(chart, 420)));
    updateGeometry();
    update();
}

QSize ReportChartView::sizeHint() const
{
    return { 480, int(ReportChart::preferredHeight(m_chart, 480)) };
}

void ReportChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    if (!m_chart.values.isEmpty())
        ReportChart::paint(&painter, m_chart, QRectF(rect()).adjusted(4, 4, -4, -4));
}

} // namespace bxt
