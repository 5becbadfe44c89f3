#!/bin/bash
# Inside the peer's root: succeeds once the fake compute host is registered with its node and
# mapped into cell1 (so that the scheduler can place servers there).
set -euo pipefail
. /opt/peer/peer.env
mariadb --socket=/run/mysqld/mysqld.sock -N -e "SELECT 1 FROM nova.compute_nodes
    WHERE host = '$COMPUTE_HOST' AND deleted = 0" | grep -q 1
nova-manage cell_v2 discover_hosts >/dev/null 2>&1
mariadb --socket=/run/mysqld/mysqld.sock -N -e "SELECT 1 FROM nova_api.host_mappings
    WHERE host = '$COMPUTE_HOST'" | grep -q 1
