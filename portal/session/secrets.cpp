#include "session/secrets.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace bxt::portal::secrets {

bool init()
{
    return sodium_init() >= 0;
}

QByteArray hashPassword(const QByteArray &password)
{
    QByteArray hash(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(hash.data(), password.constData(), quint64(password.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    hash.truncate(qsizetype(qstrlen(hash.constData())));
    return hash;
}

bool verifyPassword(const QByteArray &hash, const QByteArray &password)
{
    return crypto_pwhash_str_verify(hash.constData(), password.constData(), quint64(password.size())) == 0;
}

QByteArray newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray tokenHash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace bxt::portal::secrets
