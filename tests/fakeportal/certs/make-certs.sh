#!/bin/sh
# Regenerates the fake portal's test-only TLS material (run in this directory). The keys are
# public on purpose: they protect nothing but the loopback tests.
#   test-ca.pem           the CA that signed the server certificate (tests trust it)
#   server.pem/.key       the fake portal's certificate for 127.0.0.1 and localhost
#   unknown-ca.pem        an unrelated CA: a client trusting only it must refuse the handshake
set -eu
days=36500
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/ca.key"
openssl req -x509 -new -key "$tmp/ca.key" -sha256 -days "$days" -subj "/O=Baixingtan tests/CN=Fake portal test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out test-ca.pem

openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/server.key"
openssl pkcs8 -topk8 -nocrypt -in "$tmp/server.key" -out server.key
openssl req -new -key server.key -subj "/O=Baixingtan tests/CN=localhost" -out "$tmp/server.csr"
cat > "$tmp/server.ext" <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=IP:127.0.0.1,DNS:localhost
EXT
openssl x509 -req -in "$tmp/server.csr" -CA test-ca.pem -CAkey "$tmp/ca.key" -CAcreateserial -CAserial "$tmp/ca.srl" \
    -sha256 -days "$days" -extfile "$tmp/server.ext" -out server.pem

openssl ecparam -name prime256v1 -genkey -noout -out "$tmp/unknown.key"
openssl req -x509 -new -key "$tmp/unknown.key" -sha256 -days "$days" -subj "/O=Somebody else/CN=Unrelated test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" -out unknown-ca.pem
