#!/usr/bin/env bash
# Starts moto (Debian's python3-moto: EC2 and the rest of AWS, written by others) for the peers
# tests, on 127.0.0.1 at a free port, over HTTPS with a certificate of a test CA made here, in
# IAM mode: every request must be SigV4-signed with the access key this script makes (a wrong
# key or a bad signature gets AuthFailure). moto's request recorder keeps every request it
# receives, for the check against the EC2 API model at the end of the group.
#   moto-up.sh STATE_DIR
# Writes STATE_DIR/moto.env (MOTO_ENDPOINT, MOTO_CA_FILE, MOTO_ACCESS_KEY_ID,
# MOTO_SECRET_ACCESS_KEY, MOTO_RECORDING, MOTO_PID), the server's log STATE_DIR/moto.log.
# moto keeps its state in memory: the tests share one server and tell their resources apart by
# names of their own. moto-down.sh stops it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${1:?usage: moto-up.sh STATE_DIR}
die() { echo "moto-up: $*" >&2; exit 1; }

# One server per state folder: a previous one (a run cut short) goes first, and
# with it its state, which the tests would otherwise take for this one's.
"$here/moto-down.sh" "$state" >/dev/null 2>&1 || true
rm -rf "$state"
mkdir -p "$state"
chmod 700 "$state"

# What a machine may lack: the group is skipped there (exit 77, CTest's SKIP_RETURN_CODE), but
# not in the build root, which has it all.
missing() {
    [ "${SLIPWAY_IN_BUILDROOT:-}" = 1 ] && die "$* (missing in the build root)"
    echo "[need missing] $*"
    exit 77
}
command -v python3 >/dev/null || missing "python3 is missing"
python3 -c 'import moto.server, botocore, flask_cors' 2>/dev/null ||
    missing "moto and botocore are missing (Debian: python3-moto python3-flask-cors python3-botocore)"
command -v openssl >/dev/null || missing "openssl is missing"
command -v curl >/dev/null || missing "curl is missing"

# The test CA and the server's certificate, for 127.0.0.1 and localhost.
# The extensions strict verifiers (Python 3.13's ssl) ask for: key usages, key identifiers.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
    -subj "/CN=Slipway peers test CA" -keyout "$state/ca.key" -out "$state/ca.pem" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
    -subj "/CN=127.0.0.1" -keyout "$state/server.key" -out "$state/server.csr" 2>/dev/null
printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=CA:FALSE" \
    "keyUsage=critical,digitalSignature" "extendedKeyUsage=serverAuth" \
    "subjectKeyIdentifier=hash" "authorityKeyIdentifier=keyid" >"$state/server.ext"
openssl x509 -req -in "$state/server.csr" -CA "$state/ca.pem" -CAkey "$state/ca.key" \
    -CAcreateserial -days 2 -extfile "$state/server.ext" -out "$state/server.pem" 2>/dev/null

# A free port of loopback (the kernel's choice; moto binds it right after).
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
endpoint="https://127.0.0.1:$port"

# INITIAL_NO_AUTH_ACTION_COUNT: moto answers that many requests without checking them, then
# checks every signature against its IAM users; the setup below spends the free ones.
# setsid: a process group of its own, which moto-down.sh stops whole.
INITIAL_NO_AUTH_ACTION_COUNT=3 MOTO_ENABLE_RECORDING= MOTO_RECORDER_FILEPATH="$state/requests.jsonl" \
    setsid python3 -m moto.server -H 127.0.0.1 -p "$port" \
    -c "$state/server.pem" -k "$state/server.key" </dev/null >"$state/moto.log" 2>&1 &
pid=$!
echo "$pid" >"$state/moto.pid"

up=
for _ in $(seq 1 120); do
    if curl -fsS -m 2 --cacert "$state/ca.pem" "$endpoint/moto-api/" -o /dev/null 2>/dev/null; then
        up=1
        break
    fi
    kill -0 "$pid" 2>/dev/null || { tail -20 "$state/moto.log" >&2; die "moto exited"; }
    sleep 0.5
done
[ -n "$up" ] || { tail -20 "$state/moto.log" >&2; die "moto did not answer on $endpoint within 60 s"; }

keys=$(python3 "$here/moto-iam-user.py" "$endpoint" "$state/ca.pem") ||
    die "could not make moto's IAM user"
# From here on, every request is recorded (the setup's IAM calls are not EC2's anyway).
curl -fsS -m 5 --cacert "$state/ca.pem" -X POST "$endpoint/moto-api/recorder/reset-recording" -o /dev/null
curl -fsS -m 5 --cacert "$state/ca.pem" -X POST "$endpoint/moto-api/recorder/start-recording" -o /dev/null

{
    echo "MOTO_ENDPOINT=$endpoint"
    echo "MOTO_CA_FILE=$state/ca.pem"
    echo "$keys"
    echo "MOTO_RECORDING=$state/requests.jsonl"
    echo "MOTO_PID=$pid"
} >"$state/moto.env"
echo "moto-up: moto $(python3 -c 'import moto; print(moto.__version__)') on $endpoint (pid $pid), signatures checked"
