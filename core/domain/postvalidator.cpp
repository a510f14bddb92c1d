#include "domain/postvalidator.h"

#include "domain/category.h"
#include "domain/post.h"
#include "text/jsonduplicatekeys.h"
#include "text/oneline.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <algorithm>
#include <cstring>
#include <vector>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostValidator)
};

QString invalid(const QString &field)
{
    return Tr::tr("field \"%1\" is missing or has the wrong type or value").arg(field);
}

// Where a value is in a post ("assignments[0].replies[1]"), worked out only for a problem.
struct Where
{
    const Where *parent;
    QLatin1String field;
    qsizetype index;

    QString text() const
    {
        QString path = parent ? parent->text() + QLatin1Char('.') : QString();
        return path + field + QStringLiteral("[%1]").arg(index);
    }
};

bool isOneOf(const QJsonValue &value, std::initializer_list<const char *> allowed, bool nullAllowed)
{
    if (value.isNull() || value.isUndefined())
        return nullAllowed;
    if (!value.isString())
        return false;
    const QString text = value.toString();
    for (const char *option : allowed) {
        if (text == QLatin1String(option))
            return true;
    }
    return false;
}

bool isOptionalString(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || value.isString();
}

bool isInstant(const QJsonValue &value, bool nullAllowed)
{
    if (value.isNull() || value.isUndefined())
        return nullAllowed;
    return value.isString() && isRfc3339Instant(value.toString());
}

bool isDate(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return true;
    return value.isString() && parseDate(value.toString()).isValid();
}

bool isCount(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull()
        || (value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(value.toInteger()));
}

QString validateReply(const QJsonValue &value, const Where &where)
{
    if (!value.isObject())
        return invalid(where.text());
    const QJsonObject reply = value.toObject();
    if (!isOptionalString(reply.value(QLatin1String("id"))))
        return invalid(where.text() + QLatin1String(".id"));
    if (!isOneOf(reply.value(QLatin1String("kind")), { "initial", "final", "followup" }, false))
        return invalid(where.text() + QLatin1String(".kind"));
    if (!reply.value(QLatin1String("text")).isString())
        return invalid(where.text() + QLatin1String(".text"));
    if (!isOneOf(reply.value(QLatin1String("visibility")), { "public", "submitter" }, false))
        return invalid(where.text() + QLatin1String(".visibility"));
    const QJsonValue refs = reply.value(QLatin1String("doc_refs"));
    if (!refs.isUndefined() && !refs.isNull() && !refs.isArray())
        return invalid(where.text() + QLatin1String(".doc_refs"));
    if (!isInstant(reply.value(QLatin1String("published_at")), true))
        return invalid(where.text() + QLatin1String(".published_at"));
    return {};
}

QString validateAssignment(const QJsonValue &value, const Where &where)
{
    if (!value.isObject())
        return invalid(where.text());
    const QJsonObject assignment = value.toObject();
    const QJsonValue unitId = assignment.value(QLatin1String("unit_id"));
    if (!unitId.isString() || unitId.toString().isEmpty())
        return invalid(where.text() + QLatin1String(".unit_id"));
    if (!isInstant(assignment.value(QLatin1String("dispatched_at")), false))
        return invalid(where.text() + QLatin1String(".dispatched_at"));
    if (!isOneOf(assignment.value(QLatin1String("status")),
            { "pending", "accepted", "returned", "promised", "replied" }, false))
        return invalid(where.text() + QLatin1String(".status"));
    for (const char *field : { "accepted_at", "returned_at", "promised_at" }) {
        if (!isInstant(assignment.value(QLatin1String(field)), true))
            return invalid(where.text() + QLatin1Char('.') + QLatin1String(field));
    }
    if (!isDate(assignment.value(QLatin1String("promise_due"))))
        return invalid(where.text() + QLatin1String(".promise_due"));
    if (!isOptionalString(assignment.value(QLatin1String("return_reason"))))
        return invalid(where.text() + QLatin1String(".return_reason"));
    const QJsonValue replies = assignment.value(QLatin1String("replies"));
    if (!replies.isUndefined() && !replies.isNull()) {
        if (!replies.isArray())
            return invalid(where.text() + QLatin1String(".replies"));
        const QJsonArray list = replies.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString error = validateReply(list.at(i), { &where, QLatin1String("replies"), i });
            if (!error.isEmpty())
                return error;
        }
    }
    return {};
}

QString validateSupervision(const QJsonValue &value, const Where &where)
{
    if (!value.isObject())
        return invalid(where.text());
    const QJsonObject supervision = value.toObject();
    if (!supervision.value(QLatin1String("id")).isString())
        return invalid(where.text() + QLatin1String(".id"));
    if (!supervision.value(QLatin1String("unit_id")).isString())
        return invalid(where.text() + QLatin1String(".unit_id"));
    if (!isOneOf(supervision.value(QLatin1String("method")), { "phone", "notice" }, false))
        return invalid(where.text() + QLatin1String(".method"));
    if (!isOneOf(supervision.value(QLatin1String("reason")),
            { "overdue", "public_attention", "concentrated", "unsatisfied", "repeated" }, false))
        return invalid(where.text() + QLatin1String(".reason"));
    if (!isInstant(supervision.value(QLatin1String("opened_at")), false))
        return invalid(where.text() + QLatin1String(".opened_at"));
    if (!isInstant(supervision.value(QLatin1String("closed_at")), true))
        return invalid(where.text() + QLatin1String(".closed_at"));
    return {};
}

// An id is printed one to a line and compared exactly: no control or format characters, no
// line separators, no whitespace at either end, no half of a surrogate pair (JSON can escape
// one; it is no character and prints as U+FFFD, like any other).
bool isPlainId(const QString &id)
{
    if (id.isEmpty() || id.size() > 200 || id.front().isSpace() || id.back().isSpace() || !id.isValidUtf16())
        return false;
    return std::none_of(id.cbegin(), id.cend(), isHiddenOrBreaking);
}

template <typename Check> QString validateList(const QJsonObject &post, const char *field, Check check)
{
    const QJsonValue value = post.value(QLatin1String(field));
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        return invalid(QLatin1String(field));
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString error = check(list.at(i), { nullptr, QLatin1String(field), i });
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace

QString validatePost(const QJsonObject &post)
{
    const QJsonValue id = post.value(QLatin1String("id"));
    if (!id.isString() || !isPlainId(id.toString()))
        return invalid(QStringLiteral("id"));
    const QJsonValue version = post.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() < 0 || version.toDouble() != double(version.toInteger()))
        return invalid(QStringLiteral("version"));
    for (const char *field : { "title", "body" }) {
        if (!post.value(QLatin1String(field)).isString())
            return invalid(QLatin1String(field));
    }
    if (!isInstant(post.value(QLatin1String("submitted_at")), false))
        return invalid(QStringLiteral("submitted_at"));
    const QJsonValue author = post.value(QLatin1String("author"));
    if (!author.isUndefined() && !author.isNull()) {
        if (!author.isObject())
            return invalid(QStringLiteral("author"));
        for (const char *field : { "alias", "phone", "email" }) {
            if (!isOptionalString(author.toObject().value(QLatin1String(field))))
                return invalid(QStringLiteral("author.") + QLatin1String(field));
        }
    }
    const QJsonValue category = post.value(QLatin1String("category"));
    if (!category.isNull() && !category.isUndefined()
        && !(category.isString() && Categories::fromCode(category.toString())))
        return invalid(QStringLiteral("category"));
    if (!isOneOf(post.value(QLatin1String("status")),
            { "new", "triaged", "dispatched", "replied", "forwarded", "shielded", "closed" }, false))
        return invalid(QStringLiteral("status"));
    if (!isOneOf(post.value(QLatin1String("forwarded_to")), { "mayor_mailbox", "discipline_mailbox" }, true))
        return invalid(QStringLiteral("forwarded_to"));
    if (!isOneOf(post.value(QLatin1String("shield_reason")),
            { "spam", "duplicate", "advertising", "abusive", "illegal" }, true))
        return invalid(QStringLiteral("shield_reason"));
    if (!isOneOf(
            post.value(QLatin1String("satisfaction")), { "satisfied", "basically_satisfied", "unsatisfied" }, true))
        return invalid(QStringLiteral("satisfaction"));
    if (!isOptionalString(post.value(QLatin1String("duplicate_of"))))
        return invalid(QStringLiteral("duplicate_of"));
    if (!isCount(post.value(QLatin1String("views"))))
        return invalid(QStringLiteral("views"));
    const QJsonValue wantsReply = post.value(QLatin1String("wants_reply"));
    if (!wantsReply.isUndefined() && !wantsReply.isNull() && !wantsReply.isBool())
        return invalid(QStringLiteral("wants_reply"));
    QString error = validateList(post, "assignments", validateAssignment);
    if (error.isEmpty())
        error = validateList(post, "supervisions", validateSupervision);
    return error;
}

QString validatePostText(QByteArrayView json)
{
    const JsonTextScan scan = scanJsonText(json);
    if (scan.rawControlAt >= 0)
        return Tr::tr("a raw control character (U+%1) in a string at byte %2; JSON needs it escaped")
            .arg(scan.rawControl, 4, 16, QLatin1Char('0'))
            .arg(scan.rawControlAt);
    if (scan.invalidEscapeAt >= 0)
        return Tr::tr("a backslash in a string at byte %1 that starts no JSON escape (JSON allows \\\" \\\\ \\/ \\b "
                      "\\f \\n \\r \\t and \\u)")
            .arg(scan.invalidEscapeAt);
    if (!scan.duplicateKey.isEmpty())
        return Tr::tr("duplicate key \"%1\" in one object").arg(scan.duplicateKey);
    return {};
}

} // namespace bxt
