#pragma once

#include <QByteArray>

namespace bxt::portal {

// Passwords and bearer secrets (libsodium; Qt for SHA-256). Passwords are kept only as Argon2id
// hashes; session and author tokens only as their SHA-256, which suffices for 256 random bits.
namespace secrets {

// Starts libsodium; false when it cannot (no entropy source). Safe to call more than once.
bool init();
// crypto_pwhash_str with Argon2id at the "interactive" limits; empty when out of memory.
QByteArray hashPassword(const QByteArray &password);
bool verifyPassword(const QByteArray &hash, const QByteArray &password);
// 32 random bytes in base64url without padding (43 characters).
QByteArray newToken();
QByteArray tokenHash(const QByteArray &token);

} // namespace secrets

} // namespace bxt::portal
