#include "sync/changepage.h"

#include "domain/postvalidator.h"
#include "sync/changefeedtext.h"
#include "text/jsonstrings.h"

#include <QJsonDocument>

namespace bxt {

namespace {

PreparedPage refused(PortalError error)
{
    PreparedPage page;
    page.error = std::move(error);
    return page;
}

bool isVersion(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(value.toInteger());
}

} // namespace

PreparedPage PreparedPage::read(const QJsonObject &page, QJsonArray *changes)
{
    const QJsonValue list = page.value(QLatin1String("changes"));
    const QJsonValue nextCursor = page.value(QLatin1String("next_cursor"));
    const QJsonValue hasMore = page.value(QLatin1String("has_more"));
    if (!list.isArray() || !nextCursor.isString() || nextCursor.toString().isEmpty()
        || !(hasMore.isBool() || hasMore.isUndefined()))
        return refused(PortalError::of(PortalError::Kind::Malformed,
            QStringLiteral("a page needs \"changes\", \"next_cursor\" and \"has_more\"")));
    PreparedPage prepared;
    prepared.nextCursor = nextCursor.toString();
    prepared.hasMore = hasMore.toBool(false);
    *changes = list.toArray();
    return prepared;
}

void PreparedPage::prepare(const QJsonArray &list, const ScopeFilter &scope, QByteArrayView pageText)
{
    // The parser reads such a string its own way (\q as q): a post could be stored under another
    // id than the portal's.
    const char *const end = pageText.data() + pageText.size();
    if (const char *forbidden = firstForbiddenInAString(pageText.data(), end); forbidden != end) {
        *this = refused(PortalError::of(PortalError::Kind::Malformed,
            QStringLiteral("a string with a raw control character or a backslash that starts no JSON escape, at "
                           "byte %1")
                .arg(forbidden - pageText.data())));
        return;
    }
    std::optional<QList<QByteArrayView>> postTexts;
    if (!pageText.isEmpty() && scope.keepsEveryPostWhole())
        postTexts = postTextsOfChanges(pageText);
    if (postTexts && postTexts->size() != list.size())
        postTexts.reset();
    changes.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject change = list.at(i).toObject();
        const QJsonValue post = change.value(QLatin1String("post"));
        const QJsonValue removed = change.value(QLatin1String("removed"));
        PreparedChange result;
        if (post.isObject() && removed.isUndefined()) {
            QJsonObject json = post.toObject();
            if (const QString problem = validatePost(json); !problem.isEmpty()) {
                *this = refused(PortalError::invalidPost(json.value(QLatin1String("id")).toString(), problem));
                return;
            }
            result.id = json.value(QLatin1String("id")).toString();
            result.version = json.value(QLatin1String("version")).toInteger();
            if (scope.apply(&json, &result.contactStripped) == ScopeFilter::Verdict::Withhold) {
                result.kind = PreparedChange::Kind::Withheld;
            } else {
                result.record = PostRecord::from(Post(json));
                const QByteArrayView text = postTexts ? postTexts->at(i) : QByteArrayView();
                result.raw = text.isEmpty() ? QJsonDocument(json).toJson(QJsonDocument::Compact) : text.toByteArray();
            }
        } else if (removed.isObject() && post.isUndefined()) {
            const QJsonObject gone = removed.toObject();
            const QJsonValue id = gone.value(QLatin1String("id"));
            if (!id.isString() || id.toString().isEmpty() || !isVersion(gone.value(QLatin1String("version")))) {
                *this = refused(PortalError::of(
                    PortalError::Kind::Malformed, QStringLiteral("a removed change needs an id and a version")));
                return;
            }
            result.kind = PreparedChange::Kind::Removed;
            result.id = id.toString();
            result.version = gone.value(QLatin1String("version")).toInteger();
        } else {
            *this = refused(PortalError::of(
                PortalError::Kind::Malformed, QStringLiteral("a change is neither a post nor a removal")));
            return;
        }
        changes.append(std::move(result));
    }
    std::vector<const DocumentTerms *> documents;
    for (PreparedChange &change : changes) {
        if (change.kind == PreparedChange::Kind::Post) {
            change.document = qsizetype(documents.size());
            documents.push_back(&change.record.terms);
        }
    }
    terms = BatchTerms::from(documents);
    for (PreparedChange &change : changes)
        change.record.terms.weights = {};
}

} // namespace bxt
