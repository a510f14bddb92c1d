#pragma once

#include <QColor>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace bxt {

// A chart of a report: one value per label, as columns (volume over time) or as bars with
// their labels at the left (units' on-time rates, category shares).
struct ChartData
{
    enum class Style { Columns, Bars };
    Style style = Style::Bars;
    QString title;
    QStringList labels;
    QList<double> values;
    bool percent = false; // values are shares from 0 to 1, written as percentages
};

// What a chart is drawn with: rectangles, lines and text in the chart's own coordinates.
struct ChartShape
{
    enum class Kind { Rectangle, Line, Text };
    Kind kind = Kind::Rectangle;
    QRectF rect; // a rectangle, or the box a text is aligned in
    QLineF line;
    QColor color;
    QString text;
    Qt::Alignment alignment = Qt::AlignCenter;
    double fontSize = 0; // pixels
};

// The chart's geometry, worked out once for every output: SVG for the HTML export, a QPainter
// for the PDF and the windows.
class ReportChart final
{
public:
    static QList<ChartShape> shapes(const ChartData &chart, const QSizeF &size);
    static QString svg(const ChartData &chart, const QSizeF &size);
    static void paint(QPainter *painter, const ChartData &chart, const QRectF &area);
    // The height that gives each bar of a Bars chart room for its label.
    static double preferredHeight(const ChartData &chart, double width);
};

} // namespace bxt
