#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

class QIODevice;

namespace bxt {

struct ReportDocument;

// A report written for publishing (R21, R23): a self-contained HTML page with its charts as
// inline SVG, a PDF with the fonts embedded (needs a QGuiApplication), or the main table as
// CSV (UTF-8, RFC 4180, the keys as header).
namespace ReportExport {

enum class Format { Html, Pdf, Csv };
std::optional<Format> formatFromName(const QString &name); // html, pdf or csv

QByteArray csv(const ReportDocument &document);
QByteArray html(const ReportDocument &document);
bool writePdf(const ReportDocument &document, QIODevice *device, QString *error);
bool write(const ReportDocument &document, Format format, QIODevice *device, QString *error);

} // namespace ReportExport

} // namespace bxt
