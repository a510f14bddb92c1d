#include "reports/reportexport.h"

#include "reports/reportdocument.h"
#include "store/writefailure.h"
#include "text/csvwriter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIODevice>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <cerrno>
#include <functional>

namespace bxt::ReportExport {

namespace {

constexpr double kChartWidth = 900;
constexpr int kChartScale = 2; // the PDF's chart images have twice the pixels they take up

const char kStyle[]
    = "body{font-family:'Noto Sans CJK SC','Microsoft YaHei','PingFang SC',sans-serif;color:#222;margin:2em;}"
      "h1{font-size:1.5em;margin-bottom:.2em;}p.subtitle{color:#555;margin-top:0;}"
      "table{border-collapse:collapse;margin:1em 0;font-size:.9em;}"
      "th,td{border:1px solid #bbb;padding:.3em .6em;}th{background:#eef2f7;text-align:left;}"
      "td.number{text-align:right;}tr.total td{font-weight:bold;background:#f6f6f6;}"
      "figure{margin:1.5em 0;}ul.notes{color:#7a4b00;}";

bool isNumber(const QString &text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

// The table as HTML; both exports use it, QTextDocument with its border attributes.
QString tableHtml(const ReportTable &table)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>");
    for (const QString &header : table.headers)
        html += QStringLiteral("<th>") + header.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead><tbody>");
    for (int row = 0; row < table.rows.size(); ++row) {
        const bool total = table.lastRowIsTotal && row == table.rows.size() - 1;
        html += total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        for (const QString &cell : table.rows.at(row)) {
            const QString text
                = total ? QStringLiteral("<b>") + cell.toHtmlEscaped() + QStringLiteral("</b>") : cell.toHtmlEscaped();
            html += isNumber(cell)
                ? QStringLiteral("<td class=\"number\" align=\"right\">") + text + QStringLiteral("</td>")
                : QStringLiteral("<td>") + text + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QSizeF chartSize(const ChartData &chart)
{
    return { kChartWidth, ReportChart::preferredHeight(chart, kChartWidth) };
}

// The document's body; chart(i) gives the markup of the i-th chart.
QString bodyHtml(const ReportDocument &document, const std::function<QString(int)> &chart)
{
    QString html = QStringLiteral("<h1>") + document.title.toHtmlEscaped() + QStringLiteral("</h1>");
    html += QStringLiteral("<p class=\"subtitle\">") + document.subtitle.toHtmlEscaped() + QStringLiteral("</p>");
    if (!document.notes.isEmpty()) {
        html += QStringLiteral("<ul class=\"notes\">");
        for (const QString &note : document.notes)
            html += QStringLiteral("<li>") + note.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    html += tableHtml(document.table);
    for (int i = 0; i < document.charts.size(); ++i)
        html += QStringLiteral("<figure>") + chart(i) + QStringLiteral("</figure>");
    for (const ReportDocument::Section &section : document.sections) {
        html += QStringLiteral("<h2>") + section.heading.toHtmlEscaped() + QStringLiteral("</h2>");
        if (!section.text.isEmpty())
            html += QStringLiteral("<p>") + section.text.toHtmlEscaped() + QStringLiteral("</p>");
        if (!section.table.rows.isEmpty())
            html += tableHtml(section.table);
    }
    return html;
}

} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    if (name == QLatin1String("html"))
        return Format::Html;
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QByteArray csv(const ReportDocument &document)
{
    QByteArray text = Csv::row(document.table.keys);
    for (const QStringList &row : document.table.rows)
        text += Csv::row(row);
    return text;
}

QByteArray html(const ReportDocument &document)
{
    QString page = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
    page += document.title.toHtmlEscaped() + QStringLiteral("</title><style>") + QLatin1String(kStyle)
        + QStringLiteral("</style></head><body>");
    page += bodyHtml(document,
        [&document](int i) { return ReportChart::svg(document.charts.at(i), chartSize(document.charts.at(i))); });
    return (page + QStringLiteral("</body></html>\n")).toUtf8();
}

bool writePdf(const ReportDocument &document, QIODevice *device, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QCoreApplication::translate("ReportExport", "Writing a PDF needs the program's graphical part.");
        return false;
    }
    QPdfWriter pdf(device);
    pdf.setTitle(document.title);
    pdf.setCreator(QStringLiteral("Baixingtan Desk"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);

    QTextDocument text;
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(9);
    text.setDefaultFont(font);
    for (int i = 0; i < document.charts.size(); ++i) {
        const ChartData &chart = document.charts.at(i);
        const QSizeF size = chartSize(chart);
        QImage image((size * kChartScale).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.scale(kChartScale, kChartScale);
        painter.setFont(font);
        ReportChart::paint(&painter, chart, QRectF(QPointF(0, 0), size));
        painter.end();
        text.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)), image);
    }
    text.setHtml(bodyHtml(document, [&document](int i) {
        const QSizeF size = chartSize(document.charts.at(i));
        return QStringLiteral("<img src=\"chart:%1\" width=\"%2\" height=\"%3\">")
            .arg(i)
            .arg(size.width() * 0.75)
            .arg(size.height() * 0.75);
    }));
    text.print(&pdf);
    if (!device->isOpen()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

bool write(const ReportDocument &document, Format format, QIODevice *device, QString *error)
{
    if (format == Format::Pdf)
        return writePdf(document, device, error);
    const QByteArray bytes = format == Format::Csv ? csv(document) : html(document);
    if (device->write(bytes) != bytes.size()) {
        *error = writeFailureReason(*device, errno);
        return false;
    }
    return true;
}

} // namespace bxt::ReportExport
