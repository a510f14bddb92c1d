#include "reports/reportchart.h"

#include <QFont>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace bxt {

namespace {

constexpr double kTitleHeight = 28;
constexpr double kFontSize = 12;
constexpr double kBarPitch = 22;
constexpr double kMargin = 8;
const QColor kInk(0x33, 0x33, 0x33);
const QColor kAxis(0xbb, 0xbb, 0xbb);
const QColor kBar(0x2b, 0x6c, 0xb0);

QString valueText(const ChartData &chart, double value)
{
    return chart.percent ? QString::number(value * 100, 'f', 1) + QLatin1Char('%') : QString::number(qint64(value));
}

ChartShape rectangle(const QRectF &rect, const QColor &color)
{
    ChartShape shape;
    shape.kind = ChartShape::Kind::Rectangle;
    shape.rect = rect;
    shape.color = color;
    return shape;
}

ChartShape line(const QLineF &line, const QColor &color)
{
    ChartShape shape;
    shape.kind = ChartShape::Kind::Line;
    shape.line = line;
    shape.color = color;
    return shape;
}

ChartShape text(const QRectF &box, const QString &text, Qt::Alignment alignment, double fontSize)
{
    ChartShape shape;
    shape.kind = ChartShape::Kind::Text;
    shape.rect = box;
    shape.color = kInk;
    shape.text = text;
    shape.alignment = alignment;
    shape.fontSize = fontSize;
    return shape;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString svgAnchor(Qt::Alignment alignment)
{
    if (alignment & Qt::AlignRight)
        return QStringLiteral("end");
    if (alignment & Qt::AlignLeft)
        return QStringLiteral("start");
    return QStringLiteral("middle");
}

} // namespace

double ReportChart::preferredHeight(const ChartData &chart, double width)
{
    if (chart.style == ChartData::Style::Columns)
        return std::max(200.0, width * 0.4);
    return kTitleHeight + kMargin * 2 + kBarPitch * std::max<qsizetype>(1, chart.values.size());
}

QList<ChartShape> ReportChart::shapes(const ChartData &chart, const QSizeF &size)
{
    QList<ChartShape> shapes;
    shapes.append(
        text(QRectF(0, 0, size.width(), kTitleHeight), chart.title, Qt::AlignLeft | Qt::AlignVCenter, kFontSize + 2));
    const double top = kTitleHeight + kMargin;
    const double bottom = size.height() - kMargin;
    const double largest = chart.values.isEmpty() ? 0 : *std::max_element(chart.values.cbegin(), chart.values.cend());
    const double maximum = chart.percent ? 1.0 : std::max(1.0, largest); // shares on a full scale
    const int count = int(chart.values.size());
    if (chart.style == ChartData::Style::Bars) {
        const double labelWidth = size.width() * 0.38;
        const double valueWidth = 64;
        const double barLeft = labelWidth + kMargin;
        const double barSpan = std::max(10.0, size.width() - barLeft - valueWidth);
        const double pitch = count > 0 ? std::min(kBarPitch, (bottom - top) / count) : kBarPitch;
        shapes.append(line(QLineF(barLeft, top, barLeft, top + pitch * count), kAxis));
        for (int i = 0; i < count; ++i) {
            const double y = top + pitch * i;
            const double length = barSpan * chart.values.at(i) / maximum;
            shapes.append(text(
                QRectF(0, y, labelWidth, pitch), chart.labels.value(i), Qt::AlignRight | Qt::AlignVCenter, kFontSize));
            shapes.append(rectangle(QRectF(barLeft, y + pitch * 0.15, length, pitch * 0.7), kBar));
            shapes.append(text(QRectF(barLeft + length + 4, y, valueWidth, pitch), valueText(chart, chart.values.at(i)),
                Qt::AlignLeft | Qt::AlignVCenter, kFontSize - 1));
        }
        return shapes;
    }
    const double labelHeight = 18;
    const double valueHeight = 16;
    const double left = kMargin;
    const double span = size.width() - 2 * kMargin;
    const double baseline = bottom - labelHeight;
    const double height = std::max(10.0, baseline - top - valueHeight);
    const double pitch = count > 0 ? span / count : span;
    shapes.append(line(QLineF(left, baseline, left + span, baseline), kAxis));
    // Every label when they fit, else every n-th.
    const int labelEvery = std::max(1, int(std::ceil(count * 40.0 / std::max(1.0, span))));
    for (int i = 0; i < count; ++i) {
        const double x = left + pitch * i;
        const double length = height * chart.values.at(i) / maximum;
        shapes.append(rectangle(QRectF(x + pitch * 0.15, baseline - length, pitch * 0.7, length), kBar));
        shapes.append(text(QRectF(x - 10, baseline - length - valueHeight, pitch + 20, valueHeight),
            valueText(chart, chart.values.at(i)), Qt::AlignHCenter | Qt::AlignBottom, kFontSize - 3));
        if (i % labelEvery == 0)
            shapes.append(text(QRectF(x - 10, baseline, pitch + 20, labelHeight), chart.labels.value(i),
                Qt::AlignHCenter | Qt::AlignVCenter, kFontSize - 2));
    }
    return shapes;
}

QString ReportChart::svg(const ChartData &chart, const QSizeF &size)
{
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" role=\"img\" aria-label=\"%3\" "
                                 "font-family=\"'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif\">")
                      .arg(size.width())
                      .arg(size.height())
                      .arg(escaped(chart.title));
    for (const ChartShape &shape : shapes(chart, size)) {
        switch (shape.kind) {
        case ChartShape::Kind::Rectangle:
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"%5\"/>")
                       .arg(shape.rect.x(), 0, 'f', 1)
                       .arg(shape.rect.y(), 0, 'f', 1)
                       .arg(shape.rect.width(), 0, 'f', 1)
                       .arg(shape.rect.height(), 0, 'f', 1)
                       .arg(shape.color.name());
            break;
        case ChartShape::Kind::Line:
            svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\"/>")
                       .arg(shape.line.x1(), 0, 'f', 1)
                       .arg(shape.line.y1(), 0, 'f', 1)
                       .arg(shape.line.x2(), 0, 'f', 1)
                       .arg(shape.line.y2(), 0, 'f', 1)
                       .arg(shape.color.name());
            break;
        case ChartShape::Kind::Text: {
            const double x = shape.alignment & Qt::AlignRight ? shape.rect.right() - 4
                : shape.alignment & Qt::AlignLeft             ? shape.rect.left()
                                                              : shape.rect.center().x();
            const double y = shape.alignment & Qt::AlignBottom ? shape.rect.bottom() - 3
                                                               : shape.rect.center().y() + shape.fontSize * 0.35;
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" text-anchor=\"%4\" fill=\"%5\">%6</text>")
                       .arg(x, 0, 'f', 1)
                       .arg(y, 0, 'f', 1)
                       .arg(shape.fontSize)
                       .arg(svgAnchor(shape.alignment), shape.color.name(), escaped(shape.text));
            break;
        }
        }
    }
    return svg + QStringLiteral("</svg>");
}

void ReportChart::paint(QPainter *painter, const ChartData &chart, const QRectF &area)
{
    painter->save();
    painter->translate(area.topLeft());
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = painter->font();
    for (const ChartShape &shape : shapes(chart, area.size())) {
        switch (shape.kind) {
        case ChartShape::Kind::Rectangle: painter->fillRect(shape.rect, shape.color); break;
        case ChartShape::Kind::Line:
            painter->setPen(shape.color);
            painter->drawLine(shape.line);
            break;
        case ChartShape::Kind::Text: {
            font.setPixelSize(std::max(1, int(shape.fontSize)));
            painter->setFont(font);
            painter->setPen(shape.color);
            const QRectF box = shape.alignment & Qt::AlignRight ? shape.rect.adjusted(0, 0, -4, 0) : shape.rect;
            painter->drawText(box, int(shape.alignment) | Qt::TextSingleLine, shape.text);
            break;
        }
        }
    }
    painter->restore();
}

} // namespace bxt
