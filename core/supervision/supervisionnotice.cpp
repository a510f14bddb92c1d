#include "supervision/supervisionnotice.h"

#include "domain/post.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QPdfWriter>
#include <QTextDocument>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SupervisionNotices)
};

const QString kNoticeKey = QStringLiteral("supervision_notice:%1/%2"); // post id, supervision id
const QString kNextNumberKey = QStringLiteral("supervision_notice_next:%1"); // year

// The reasons as the published notice words them (R20).
QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("overdue"))
        return QStringLiteral("超过规定时限未答复");
    if (reason == QLatin1String("public_attention"))
        return QStringLiteral("网民关注度高");
    if (reason == QLatin1String("concentrated"))
        return QStringLiteral("网民反映问题集中");
    if (reason == QLatin1String("unsatisfied"))
        return QStringLiteral("网民对答复不满意");
    if (reason == QLatin1String("repeated"))
        return QStringLiteral("网民短时间内多次发帖未获答复");
    return reason;
}

QString chineseDate(const QDate &date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

// A paragraph of the notice, its first line indented by two characters as official papers are.
QString paragraph(const QString &text, bool indented = true)
{
    return QStringLiteral("<p align=\"justify\" style=\"line-height:150%;margin:0.4em 0;text-indent:%1;\">%2</p>")
        .arg(indented ? QStringLiteral("37px") : QStringLiteral("0px"), text); // two characters of 14 pt
}

} // namespace

QJsonObject SupervisionNotice::toJson() const
{
    return { { QStringLiteral("number"), number }, { QStringLiteral("post_id"), postId },
        { QStringLiteral("post_title"), postTitle }, { QStringLiteral("post_brief"), postBrief },
        { QStringLiteral("post_submitted_at"), postSubmittedAt.isValid() ? toRfc3339Cst(postSubmittedAt) : QString() },
        { QStringLiteral("supervision_id"), supervisionId }, { QStringLiteral("unit_id"), unitId },
        { QStringLiteral("unit_name"), unitName }, { QStringLiteral("reason"), reason },
        { QStringLiteral("issued_on"), issuedOn.toString(Qt::ISODate) },
        { QStringLiteral("reply_by"), replyBy.toString(Qt::ISODate) }, { QStringLiteral("requirement"), requirement },
        { QStringLiteral("issuer"), issuer } };
}

SupervisionNotice SupervisionNotice::fromJson(const QJsonObject &json)
{
    const auto text = [&json](const char *key) { return json.value(QLatin1String(key)).toString(); };
    return { text("number"), text("post_id"), text("post_title"), text("post_brief"),
        parseRfc3339(text("post_submitted_at")), text("supervision_id"), text("unit_id"), text("unit_name"),
        text("reason"), parseDate(text("issued_on")), parseDate(text("reply_by")), text("requirement"),
        text("issuer") };
}

QString SupervisionNotice::invalidity() const
{
    if (postId.isEmpty() || supervisionId.isEmpty())
        return Tr::tr("A notice belongs to a supervision opened on a post.");
    if (unitName.trimmed().isEmpty())
        return Tr::tr("Name the unit the notice is sent to.");
    if (!issuedOn.isValid() || !replyBy.isValid())
        return Tr::tr("Give the date of issue and the date the unit must answer by.");
    if (replyBy < issuedOn)
        return Tr::tr("The unit cannot be asked to answer before the notice is issued.");
    if (requirement.trimmed().isEmpty())
        return Tr::tr("Write down what the unit is required to do.");
    if (issuer.trimmed().isEmpty())
        return Tr::tr("Name the office that issues the notice.");
    return {};
}

QString SupervisionNotice::brief(const QString &body, int maxCharacters)
{
    const QString text = body.simplified();
    return text.size() <= maxCharacters ? text : text.left(maxCharacters) + QStringLiteral("……");
}

QString SupervisionNotice::html() const
{
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral(
        "<html><body style=\"font-family:'Noto Serif CJK SC','Noto Sans CJK SC','SimSun',serif;font-size:14pt;\">"
        "<p align=\"center\" style=\"color:#c00000;font-size:30pt;font-weight:bold;margin:0;\">督 办 通 知</p>");
    html += QStringLiteral("<p align=\"center\" style=\"margin:0.6em 0 0 0;\">%1</p>")
                .arg(number.isEmpty() ? QStringLiteral("督〔　　〕　号") : escaped(number));
    html += QStringLiteral("<hr style=\"color:#c00000;\"/>");
    html += paragraph(escaped(unitName) + QStringLiteral("："), false);
    const QString submitted = postSubmittedAt.isValid() ? chineseDate(cstDate(postSubmittedAt)) : QString();
    html += paragraph(
        QStringLiteral("%1，网民在中国哈尔滨网站“百姓谈”栏目发帖反映《%2》（帖子编号：%3），内容摘要如下：")
            .arg(submitted, escaped(postTitle), escaped(postId)));
    html += paragraph(QStringLiteral("“%1”").arg(escaped(postBrief)));
    html += paragraph(QStringLiteral("督办事由：%1。").arg(reasonText(reason)));
    html += paragraph(
        QStringLiteral("根据《哈尔滨市人民政府办公厅关于做好中国哈尔滨网站百姓谈栏目网帖管理和网上回复工作的通知》"
                       "（哈政办综〔2005〕71号）的规定，现予督办。请你单位于%1前%2，并将办理结果在网上答复网民，"
                       "同时报送%3。")
            .arg(chineseDate(replyBy), escaped(requirement.trimmed()), escaped(issuer)));
    html += QStringLiteral("<p align=\"right\" style=\"margin-top:3em;line-height:150%;\">%1<br/>%2</p>")
                .arg(escaped(issuer), chineseDate(issuedOn));
    return html + QStringLiteral("</body></html>");
}

bool SupervisionNotice::writePdf(QIODevice *device, QString *error) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = Tr::tr("Writing a PDF needs the program's graphical part.");
        return false;
    }
    QPdfWriter pdf(device);
    pdf.setTitle(number.isEmpty() ? QStringLiteral("督办通知") : QStringLiteral("督办通知 ") + number);
    pdf.setCreator(QStringLiteral("Baixingtan Desk"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(28, 37, 26, 35), QPageLayout::Millimeter); // the margins of official papers
    QTextDocument text;
    text.setHtml(html());
    text.print(&pdf);
    if (!device->isOpen()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

SupervisionNotices::SupervisionNotices(const Database &database)
    : m_database(database)
{ }

bool SupervisionNotices::issue(SupervisionNotice *notice, QString *error)
{
    if (const QString invalid = notice->invalidity(); !invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    const QSqlDatabase db = m_database.connection();
    const QString key = kNoticeKey.arg(notice->postId, notice->supervisionId);
    const QString counterKey = kNextNumberKey.arg(notice->issuedOn.year());
    SupervisionNotice issued = *notice;
    const bool done = inTransaction(
        m_database,
        [&](QString *failure) {
            std::optional<QString> existing, next;
            if (!readMetaText(db, key, &existing, failure) || !readMetaText(db, counterKey, &next, failure))
                return false;
            if (existing) {
                *failure
                    = Tr::tr("This supervision already has notice %1.")
                          .arg(
                              SupervisionNotice::fromJson(QJsonDocument::fromJson(existing->toUtf8()).object()).number);
                return false;
            }
            const qint64 number = next ? next->toLongLong() : 1;
            issued.number = QStringLiteral("督〔%1〕%2号").arg(notice->issuedOn.year()).arg(number);
            return writeMetaText(db, key, compactJson(issued.toJson()), failure)
                && writeMetaText(db, counterKey, QString::number(number + 1), failure);
        },
        error);
    if (done)
        *notice = issued;
    return done;
}

bool SupervisionNotices::find(
    const QString &postId, const QString &supervisionId, std::optional<SupervisionNotice> *notice, QString *error) const
{
    std::optional<QString> text;
    if (!readMetaText(m_database.connection(), kNoticeKey.arg(postId, supervisionId), &text, error))
        return false;
    *notice = text ? std::optional(SupervisionNotice::fromJson(QJsonDocument::fromJson(text->toUtf8()).object()))
                   : std::nullopt;
    return true;
}

} // namespace bxt
