#pragma once

#include "portaltestclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

class QNetworkReply;

namespace bxt::test {

using PortalAnswer = PortalTestClient::Answer;

// "409 {...}" or "no answer (network error N)", for failure messages.
QString describe(const PortalAnswer &answer);

// A logged-in staff user of portal-api.md for tests and benchmarks, written from the contract
// and not from the desk's sync code, so that what the portal serves is seen as it is. Each
// client has its own connections (a long poll does not hold up another client).
class PortalClient final
{
public:
    Q_DISABLE_COPY_MOVE(PortalClient)
    PortalClient(const QUrl &baseUrl, const QString &caFile);

    // POST /session; the token goes with every later request.
    bool logIn(const QString &name, const QString &password, QString *error);
    QString userId() const { return m_userId; }

    // pathAndQuery is relative to the base URL ("/changes?limit=10"); a body is sent as JSON.
    PortalAnswer call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {},
        const QByteArray &idempotencyKey = {});
    // The same, not waited for; the reply deletes itself after finished (read it in a slot).
    QNetworkReply *send(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {},
        const QByteArray &idempotencyKey = {});
    // POST /posts/{id}/actions, not waited for: empty until the answer (or its failure) came.
    using Pending = std::shared_ptr<std::optional<PortalAnswer>>;
    Pending sendAction(const QString &postId, const QJsonObject &action, const QByteArray &idempotencyKey);

    // Every change of the user's feed from the beginning (no cursor), page after page until
    // has_more is false; false with *error on any answer but 200.
    bool wholeFeed(QList<QJsonObject> *changes, QString *error);
    static QList<QJsonObject> changesOf(const PortalAnswer &page); // of a /changes answer
    // The posts a feed leaves in the user's scope (a later change of a post replaces an earlier
    // one; "removed" takes it away), sorted by id.
    static QList<QJsonObject> postsInScope(const QList<QJsonObject> &changes);

private:
    static QList<QPair<QByteArray, QByteArray>> headersFor(const QJsonObject &body, const QByteArray &idempotencyKey);

    PortalTestClient m_http;
    QByteArray m_token;
    QString m_userId;
};

} // namespace bxt::test
