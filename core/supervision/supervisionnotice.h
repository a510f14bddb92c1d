#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

class QIODevice;

namespace bxt {

class Database;

// A written supervision notice (督办通知, R20) in the standard form: its number, the unit, the
// post in brief, the deadline and what is required.
struct SupervisionNotice
{
    QString number; // 督〔2026〕3号; given when the notice is issued
    QString postId;
    QString postTitle;
    QString postBrief; // the start of the post's text
    QDateTime postSubmittedAt;
    QString supervisionId;
    QString unitId;
    QString unitName;
    QString reason; // SUPERVISION.reason
    QDate issuedOn;
    QDate replyBy; // the unit answers by the end of this day
    QString requirement; // what the unit must do
    QString issuer; // the supervising office, as it signs

    QJsonObject toJson() const;
    static SupervisionNotice fromJson(const QJsonObject &json);
    // Why the notice cannot be issued, for the user; empty when it can.
    QString invalidity() const;

    // The notice as a printable page (Chinese, as it is published); user texts escaped.
    QString html() const;
    // As PDF (A4, fonts embedded); needs a QGuiApplication.
    bool writePdf(QIODevice *device, QString *error) const;

    // The start of a post's text for the notice: at most maxCharacters, whitespace evened out.
    static QString brief(const QString &body, int maxCharacters = 150);
};

// The notices issued from this store. Numbers run per year, 督〔YEAR〕N号 from 1; a number is
// taken in the same transaction that records the notice, so no two notices share one and a
// failed issue leaves no gap.
class SupervisionNotices final
{
public:
    Q_DISABLE_COPY_MOVE(SupervisionNotices)
    explicit SupervisionNotices(const Database &database);

    // Gives *notice the next number of its issue year and records it. Refuses an invalid notice,
    // or a second notice for the same supervision, and changes nothing then.
    bool issue(SupervisionNotice *notice, QString *error);
    // The notice recorded for a supervision; empty when there is none.
    bool find(const QString &postId, const QString &supervisionId, std::optional<SupervisionNotice> *notice,
        QString *error) const;

private:
    const Database &m_database;
};

} // namespace bxt
