#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace bxt::test {

// One HTTP answer of the portal; status 0 when there was none (the connection failed or broke).
struct PortalAnswer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QString networkError;

    QString describe() const; // "409 {...}" or "no answer: ...", for failure messages
};

// A staff API client of portal-api.md for tests and benchmarks, written from the contract and
// not from the desk's sync code, so that what the portal serves is seen as it is. It trusts the
// test CA only, and has its own connections (a long poll does not hold up another client).
class PortalClient final
{
public:
    Q_DISABLE_COPY_MOVE(PortalClient)
    PortalClient(const QUrl &baseUrl, const QString &caFile);
    ~PortalClient();

    // POST /session; the token is sent with every later request.
    bool logIn(const QString &name, const QString &password, QString *error);
    QString userId() const { return m_userId; }

    // Starts a request; pathAndQuery is relative to the base URL ("/changes?limit=10").
    QNetworkReply *send(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {},
        const QByteArray &idempotencyKey = {});
    // The same, and waits for the answer.
    PortalAnswer call(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body = {},
        const QByteArray &idempotencyKey = {}, int timeoutMs = 30000);
    static PortalAnswer answerOf(QNetworkReply *reply); // of a finished reply

    // POST /posts/{id}/actions with that key.
    QNetworkReply *sendAction(const QString &postId, const QJsonObject &action, const QByteArray &idempotencyKey);

    // Every change of the user's feed from the beginning (no cursor), page after page until
    // has_more is false; false with *error on any answer but 200.
    bool wholeFeed(QList<QJsonObject> *changes, QString *error, int limit = 1000);
    static QList<QJsonObject> changesOf(const PortalAnswer &page); // of a /changes answer
    // The posts a feed leaves in the user's scope (a later change of a post replaces an earlier
    // one; "removed" takes it away), sorted by id.
    static QList<QJsonObject> postsInScope(const QList<QJsonObject> &changes);

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_caFile;
    QByteArray m_token;
    QString m_userId;
};

} // namespace bxt::test
