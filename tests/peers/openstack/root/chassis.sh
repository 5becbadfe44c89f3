#!/bin/bash
# Inside the peer's root: an OVN chassis for the fake compute host, kept alive as
# ovn-controller would keep it (Chassis_Private.nb_cfg follows SB_Global.nb_cfg), so that
# Neutron binds the servers' ports to it. There is no datapath: the ports stay DOWN.
set -u
. /opt/peer/peer.env
sb() { ovn-sbctl --db=unix:/run/ovn/ovnsb_db.sock --timeout=10 "$@"; }
until sb --may-exist chassis-add "$COMPUTE_HOST" geneve "$OS_IP"; do sleep 1; done
sb set Chassis "$COMPUTE_HOST" hostname="$COMPUTE_HOST"
chassis=$(sb --bare --columns=_uuid find Chassis name="$COMPUTE_HOST")
[ -n "$(sb --bare --columns=_uuid find Chassis_Private name="$COMPUTE_HOST")" ] ||
    sb create Chassis_Private name="$COMPUTE_HOST" chassis="$chassis" >/dev/null
while :; do
    cfg=$(sb get SB_Global . nb_cfg 2>/dev/null || echo 0)
    sb set Chassis_Private "$COMPUTE_HOST" nb_cfg="$cfg" nb_cfg_timestamp="$(date +%s%3N)"
    sleep 3
done
