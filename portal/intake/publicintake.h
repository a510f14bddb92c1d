#pragma once

#include "http/portalexchange.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace bxt::portal {

// The public intake (issue 15): how the city's website hands citizens' posts in, without a
// session.
//
// POST /public/posts {"title", "body", "contact"?, "wants_reply"} → 201 {"id", "author_token"}.
// The post starts in status `new`, version 1, unclassified, submitted now. The title is 1 to
// 200 characters, the body 1 to 20,000 (Unicode characters, after trimming); the request body at
// most 256 KiB (413). "contact" is null, absent, or an object with the optional strings
// "alias" (≤ 50), "phone" (≤ 30) and "email" (≤ 254): the POST's author; without an alias the
// author is 网友, as the desk's reply templates call an author without one. The title and the
// contact are one line without control or invisible formatting characters (a bidi override
// could make a listing lie about its text); the body has no control characters but line breaks
// and tabs (422 with the field). Other fields are ignored (portal-api.md: be liberal).
//
// POST /public/posts/{id}/satisfaction {"token", "satisfaction"} → 200 {"id", "satisfaction"}:
// the author's rating (satisfied, basically_satisfied, unsatisfied) once the post has a reply,
// 422 before; a later rating replaces an earlier one. 403 forbidden for a token that is not
// the post's, 404 not_found for no such post.
//
// Both count requests per client address and hour in public_rate (so the count holds across
// processes): over 10 posts or 30 ratings an hour → 429 with Retry-After (the rest of the
// hour). An IPv6 client counts by its /64. Behind a reverse proxy (behindProxy: plain HTTP on
// loopback) the client is the last X-Forwarded-For address; serving HTTPS itself, the portal
// ignores the header. Only the current hour's counts are kept.
//
// Posts are written through PostWriter, with their feed row, in one transaction.
class PublicIntake final
{
    Q_DECLARE_TR_FUNCTIONS(PublicIntake)

public:
    static constexpr int maxTitleChars = 200;
    static constexpr int maxBodyChars = 20000;
    static constexpr qsizetype maxRequestBytes = 256 * 1024;
    static constexpr int postsPerHour = 10;
    static constexpr int ratingsPerHour = 30;

    PublicIntake(QSqlDatabase &db, bool behindProxy);

    void submit(const PortalRequest &request, const Respond &respond);
    void rate(const PortalRequest &request, const Respond &respond);

private:
    // The 429 when the client is over its hourly limit for kind; nullopt to go on.
    std::optional<PortalReply> overLimit(const PortalRequest &request, const QString &kind, int perHour);
    // The post's id; empty on failure with *reply set.
    QString newPostId(PortalReply *reply);

    QSqlDatabase &m_db;
    bool m_behindProxy;
};

} // namespace bxt::portal
