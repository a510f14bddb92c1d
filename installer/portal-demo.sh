#!/bin/sh
# The portal service on a throwaway PostgreSQL cluster, to try the desks against: a cluster in a
# temporary folder (reachable only through its Unix socket there), a test CA and a certificate
# for 127.0.0.1, the demo users, the Harbin units, the working-day calendars and a few hundred
# synthetic posts; then it serves https://127.0.0.1:PORT/api/v1 until Ctrl+C and removes it all.
#
#   installer/portal-demo.sh [BIN_DIR]     BIN_DIR holds baixingtan-portal and baixingtan-cli
#                                          (default: build/app of this checkout, else /usr/bin)
# Environment: PORTAL_DEMO_PORT (8443), PORTAL_DEMO_POSTS (300).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${1:-$root/build/app}
[ -x "$bin/baixingtan-portal" ] || bin=/usr/bin
portal="$bin/baixingtan-portal"
cli="$bin/baixingtan-cli"
pgbin=/usr/lib/postgresql/15/bin
port=${PORTAL_DEMO_PORT:-8443}
posts=${PORTAL_DEMO_POSTS:-300}

for tool in "$portal" "$cli" "$pgbin/initdb" "$pgbin/pg_ctl"; do
    [ -x "$tool" ] || { echo "portal-demo: $tool is missing (build the project; installer/debian-deps.sh installs PostgreSQL)" >&2; exit 1; }
done
command -v openssl >/dev/null || { echo "portal-demo: openssl is missing" >&2; exit 1; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/baixingtan-portal-demo.XXXXXX")
chmod 755 "$dir"
mkdir "$dir/pg" "$dir/socket" "$dir/tls"

# PostgreSQL refuses to run as root: then the cluster runs as the postgres user.
as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown postgres "$dir/pg" "$dir/socket"; fi

cleanup() {
    trap - EXIT INT TERM
    as_server "$pgbin/pg_ctl" -D "$dir/pg" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    echo "portal-demo: stopped; $dir removed."
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "portal-demo: PostgreSQL cluster in $dir/pg"
as_server "$pgbin/initdb" -D "$dir/pg" -U bxtdemo --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
as_server "$pgbin/pg_ctl" -D "$dir/pg" -l "$dir/pg/server.log" -w \
    -o "-c listen_addresses='' -k $dir/socket -c fsync=off" start >/dev/null
"$pgbin/createdb" -h "$dir/socket" -U bxtdemo portal

echo "portal-demo: test CA and a certificate for 127.0.0.1"
openssl ecparam -name prime256v1 -genkey -noout -out "$dir/tls/ca.key"
openssl req -x509 -new -key "$dir/tls/ca.key" -sha256 -days 7 -subj "/O=Baixingtan demo/CN=Portal demo CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$dir/tls/ca.pem" 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out "$dir/tls/server.ec"
openssl pkcs8 -topk8 -nocrypt -in "$dir/tls/server.ec" -out "$dir/tls/server.key"
openssl req -new -key "$dir/tls/server.key" -subj "/O=Baixingtan demo/CN=127.0.0.1" -out "$dir/tls/server.csr"
printf '%s\n' "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" \
    "extendedKeyUsage=serverAuth" "subjectAltName=IP:127.0.0.1,DNS:localhost" >"$dir/tls/server.ext"
openssl x509 -req -in "$dir/tls/server.csr" -CA "$dir/tls/ca.pem" -CAkey "$dir/tls/ca.key" -CAcreateserial \
    -CAserial "$dir/tls/ca.srl" -sha256 -days 7 -extfile "$dir/tls/server.ext" -out "$dir/tls/server.pem" 2>/dev/null

config="$dir/portal.ini"
cat >"$config" <<INI
database = host=$dir/socket dbname=portal user=bxtdemo
listen = 127.0.0.1:$port
certificate = $dir/tls/server.pem
key = $dir/tls/server.key
token_hours = 12
INI

"$portal" --config "$config" init

"$portal" --config "$config" units import "$here/portal-demo-units.json"
for year in 2025 2026; do
    if [ -f "$root/resources/calendar/$year.json" ]; then
        "$portal" --config "$config" calendar import "$root/resources/calendar/$year.json"
    fi
done

# One user per desk of the README (after the units: a liaison names its unit): column staff,
# the liaison of 南岗区, a supervisor.
password() { openssl rand -hex 6; }
staff_pw=$(password)
nangang_pw=$(password)
super_pw=$(password)
printf '%s\n' "$staff_pw" | "$portal" --config "$config" user add staff --role column_staff --display "栏目工作人员"
printf '%s\n' "$nangang_pw" | "$portal" --config "$config" user add nangang --role liaison --unit x-nangang \
    --display "南岗区联络员"
printf '%s\n' "$super_pw" | "$portal" --config "$config" user add super --role supervisor --display "督办人员"

# Synthetic Harbin posts from the desk's demo generator, moved to the portal as history.
"$cli" --db "$dir/scratch.sqlite" demo --count "$posts" >/dev/null
"$cli" --db "$dir/scratch.sqlite" export --format jsonl --out "$dir/posts.jsonl" >/dev/null
"$portal" --config "$config" import "$dir/posts.jsonl"
rm -f "$dir"/scratch.sqlite*

cat <<TEXT

portal-demo: serving https://127.0.0.1:$port/api/v1 until Ctrl+C (then everything is removed).
  CA file for the desks: $dir/tls/ca.pem
  users:  staff / $staff_pw    (column staff)
          nangang / $nangang_pw  (liaison of x-nangang, 南岗区)
          super / $super_pw    (supervisor)
  a desk: $cli --db staff.sqlite init
          printf '%s\n' '$staff_pw' | $cli --db staff.sqlite sync --portal https://127.0.0.1:$port/api/v1 \\
              --user staff --password-stdin --ca-file $dir/tls/ca.pem

TEXT
"$portal" --config "$config" serve
