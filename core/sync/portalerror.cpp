#include "sync/portalerror.h"

#include <QCoreApplication>

namespace bxt {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PortalError)
};

// The portal's own words, when it gave any.
QString portalSays(const PortalError &error)
{
    if (error.message.isEmpty())
        return {};
    if (error.field.isEmpty())
        return Tr::tr(" The portal says: %1").arg(error.message);
    return Tr::tr(" The portal says: %1 (field \"%2\")").arg(error.message, error.field);
}

QString describeHttp(const PortalError &error)
{
    const QString says = portalSays(error);
    switch (error.status) {
    case 401:
        if (error.code == QLatin1String("bad_credentials"))
            return Tr::tr("The portal did not accept the user name or password.");
        if (error.code == QLatin1String("token_expired"))
            return Tr::tr("The portal ended the session again right after a new log-in; try again later.");
        return Tr::tr("The portal did not accept the log-in.") + says;
    case 403: return Tr::tr("The portal does not allow you to do this.") + says;
    case 404: return Tr::tr("The portal does not know this post or address.") + says;
    case 409: return Tr::tr("The post was changed on the portal in the meantime.") + says;
    case 410: return Tr::tr("The portal no longer knows where this computer stopped reading changes.") + says;
    case 422: return Tr::tr("The portal refused the action as invalid.") + says;
    default: break;
    }
    if (error.status >= 500)
        return Tr::tr("The portal failed with an internal error (HTTP %1); try again later.").arg(error.status) + says;
    return Tr::tr("The portal answered with HTTP error %1.").arg(error.status) + says;
}

} // namespace

bool PortalError::isHttp(int httpStatus, const char *errorCode) const
{
    return kind == Kind::Http && status == httpStatus && (!errorCode || code == QLatin1String(errorCode));
}

PortalError PortalError::of(Kind kind, const QString &detail)
{
    PortalError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

PortalError PortalError::invalidPost(const QString &postId, const QString &problem)
{
    PortalError error = of(Kind::InvalidPost, problem);
    error.postId = postId;
    return error;
}

QString describe(const PortalError &error)
{
    switch (error.kind) {
    case PortalError::Kind::None: return {};
    case PortalError::Kind::BadAddress:
        if (error.detail.isEmpty())
            return Tr::tr("No portal address is set; it looks like https://portal.example.org/api/v1.");
        return Tr::tr("\"%1\" is not a portal address; it looks like https://portal.example.org/api/v1.")
            .arg(error.detail);
    case PortalError::Kind::InsecureAddress:
        return Tr::tr("The portal must be reached over https://. Plain http:// is allowed only to this computer "
                      "itself, for development, and only when asked for explicitly.");
    case PortalError::Kind::CaFile: return Tr::tr("The CA certificate file cannot be used: %1").arg(error.detail);
    case PortalError::Kind::Tls:
        return Tr::tr("The portal's certificate is not trusted (%1), so nothing was sent. Check the address, or "
                      "choose the CA certificate file your administrator gave you.")
            .arg(error.detail);
    case PortalError::Kind::Network: return Tr::tr("Cannot reach the portal: %1.").arg(error.detail);
    case PortalError::Kind::Timeout: return Tr::tr("The portal did not answer in time; try again later.");
    case PortalError::Kind::Busy:
        if (error.seconds > 0)
            return Tr::tr("The portal is busy and asks to wait %1 seconds; try again later.").arg(error.seconds);
        return Tr::tr("The portal is busy; try again later.");
    case PortalError::Kind::TooLarge:
        return Tr::tr("The portal sent an answer larger than 16 MiB; nothing of it was applied.");
    case PortalError::Kind::Malformed:
        return Tr::tr("The portal sent an answer this program cannot read (%1); nothing of it was applied.")
            .arg(error.detail);
    case PortalError::Kind::StuckFeed:
        return Tr::tr("The portal says more changes wait but does not move on from them (cursor %1); the "
                      "synchronisation stopped. Try again later, or tell the portal's administrator.")
            .arg(error.detail);
    case PortalError::Kind::InvalidPost:
        return Tr::tr("The portal sent post %1 with an error (%2); nothing of that answer was applied.")
            .arg(error.postId, error.detail);
    case PortalError::Kind::Http: return describeHttp(error);
    case PortalError::Kind::NoPassword:
        return Tr::tr("No password is remembered for this portal account (%1).").arg(error.detail);
    case PortalError::Kind::OtherUser:
        return Tr::tr("This case store holds the work of %1; log in as that user or use another case store.")
            .arg(error.detail);
    case PortalError::Kind::OtherPortal:
        return Tr::tr("This case store belongs to another portal (%1); synchronise it with that portal, or use "
                      "another case store for this one. Nothing was changed.")
            .arg(error.detail);
    case PortalError::Kind::NoPortal:
        return Tr::tr("This case store holds posts not from a portal (imported or demo posts), which a "
                      "synchronisation would remove; use another case store for the portal. Nothing was changed.");
    case PortalError::Kind::Store: return Tr::tr("The case store failed: %1").arg(error.detail);
    case PortalError::Kind::Cancelled: return Tr::tr("The synchronisation was cancelled.");
    }
    return {};
}

} // namespace bxt
