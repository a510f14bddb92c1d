#pragma once

#include <QString>

namespace bxt {

// Why talking to the portal failed. describe() is the one place that turns it into the
// sentence the user reads (portal-api.md: error bodies carry a code, a message and, for
// validation errors, a field).
struct PortalError
{
    enum class Kind {
        None,
        BadAddress, // not a URL the client can use (detail: the address)
        InsecureAddress, // http:// without the development switch, or to another host
        CaFile, // the chosen CA file cannot be read or holds no certificate (detail)
        Tls, // the portal's certificate was refused (detail: why)
        Network, // no HTTP answer (detail: why)
        Timeout,
        Busy, // 429/503 after every retry, or asked to wait too long (seconds)
        TooLarge, // a body over the limit
        Malformed, // a body that is not what the contract describes (detail)
        StuckFeed, // /changes says has_more but does not move its cursor on (detail: the cursor)
        InvalidPost, // a post that fails validation (postId, detail)
        Http, // any other HTTP error (status, code, message, field)
        NoPassword, // nothing remembered and nothing given (detail: the keychain's reason)
        OtherUser, // the case store holds another user's work (detail: that user)
        OtherPortal, // the case store holds another portal's posts (detail: that portal's address)
        NoPortal, // the case store holds posts of no portal (imported or demo)
        Store, // the case store failed (detail)
        Cancelled,
    };

    Kind kind = Kind::None;
    int status = 0;
    QString code;
    QString message;
    QString field;
    QString detail;
    QString postId;
    qint64 seconds = 0;

    bool isError() const { return kind != Kind::None; }
    // An HTTP answer with this status and, when given, this error code.
    bool isHttp(int httpStatus, const char *errorCode = nullptr) const;

    static PortalError of(Kind kind, const QString &detail = {});
    static PortalError invalidPost(const QString &postId, const QString &problem);
};

QString describe(const PortalError &error);

} // namespace bxt
