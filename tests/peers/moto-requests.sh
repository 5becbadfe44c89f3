#!/usr/bin/env bash
# Checks every request moto received during the peers group (its recorder's log) against
# botocore's EC2 API model (ec2-model-check.py); skipped (77) where moto did not start.
#   moto-requests.sh STATE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${1:?usage: moto-requests.sh STATE_DIR}
if [ ! -f "$state/moto.env" ]; then
    echo "[need missing] moto did not start (see peers_moto_start)"
    exit 77
fi
exec python3 "$here/ec2-model-check.py" --at-least 1 "$state/requests.jsonl"
