#!/bin/bash
# Inside the peer's root: the configuration of every service, written fresh at each start
# (the root below is never changed: this lands in the overlay). Everything listens on $OS_IP;
# MariaDB on its Unix socket only. Keystone's tokens last 3 minutes (TOKEN_SECONDS), so that
# renewal happens within a test; the services' own clients renew theirs 2 minutes before the
# end.
set -euo pipefail
. /opt/peer/peer.env

ks=http://$OS_IP:5000
sock=/run/mysqld/mysqld.sock
db() { echo "mysql+pymysql://$1:$DB_PASS@localhost/$2?unix_socket=$sock&charset=utf8"; }
rabbit=rabbit://openstack:$RABBIT_PASS@$OS_IP:5672/

# [keystone_authtoken] of a service user, and the keystoneauth section a service uses to call
# another.
authtoken() {
    printf '[keystone_authtoken]\nwww_authenticate_uri = %s\nauth_url = %s\n' "$ks" "$ks"
    printf 'auth_type = password\nuser_domain_name = Default\nproject_domain_name = Default\n'
    printf 'project_name = service\nusername = %s\npassword = %s\n' "$1" "$SERVICE_PASS"
    printf 'service_token_roles_required = true\n'
}
client() {
    printf '[%s]\nauth_url = %s\nauth_type = password\nregion_name = %s\n' "$1" "$ks" "$REGION"
    printf 'user_domain_name = Default\nproject_domain_name = Default\nproject_name = service\n'
    printf 'username = %s\npassword = %s\n' "$2" "$SERVICE_PASS"
}
logging() { printf '[DEFAULT]\nlog_dir = /var/log/peer\nlog_file = %s.log\n' "$1"; }

grep -q peer-openstack /etc/hosts || printf '%s peer-openstack\n' "$OS_IP" >>/etc/hosts
mkdir -p /run/mysqld /run/ovn /var/lib/ovn /etc/peer /var/lib/peer
chown mysql:mysql /run/mysqld

cat >/etc/mysql/mariadb.conf.d/99-peer.cnf <<EOF
[mysqld]
skip-networking
socket = $sock
innodb_buffer_pool_size = 64M
performance_schema = off
max_connections = 400
EOF
[ -d /var/lib/mysql/mysql ] || mariadb-install-db --user=mysql --datadir=/var/lib/mysql >/dev/null

cat >/etc/rabbitmq/rabbitmq.conf <<EOF
listeners.tcp.1 = $OS_IP:5672
default_user = openstack
default_pass = $RABBIT_PASS
loopback_users = none
log.console = true
log.file = false
EOF
cat >/etc/rabbitmq/rabbitmq-env.conf <<EOF
NODENAME=rabbit@peer-openstack
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {${OS_IP//./,}}"
CTL_ERL_ARGS="-kernel inet_dist_use_interface {${OS_IP//./,}}"
EOF
echo '[].' >/etc/rabbitmq/enabled_plugins

for d in nb sb; do
    [ -e /var/lib/ovn/ovn${d}_db.db ] ||
        ovsdb-tool create /var/lib/ovn/ovn${d}_db.db /usr/share/ovn/ovn-$d.ovsschema
done

{
    logging keystone
    printf '[database]\nconnection = %s\n' "$(db keystone keystone)"
    printf '[token]\nprovider = fernet\nexpiration = %s\n' "$TOKEN_SECONDS"
    # bcrypt's cheapest cost: every token is a password check, and the services take new ones
    # often with tokens this short.
    printf '[identity]\npassword_hash_rounds = 4\n'
    printf '[cache]\nenabled = false\n'
} >/etc/keystone/keystone.conf

{
    logging glance-api
    printf 'enabled_backends = file:file\n'
    printf '[database]\nconnection = %s\n' "$(db glance glance)"
    printf '[glance_store]\ndefault_backend = file\n[file]\nfilesystem_store_datadir = /var/lib/glance/images/\n'
    authtoken glance
    printf '[paste_deploy]\nflavor = keystone\n[oslo_concurrency]\nlock_path = /var/lib/glance/tmp\n'
} >/etc/glance/glance-api.conf
mkdir -p /var/lib/glance/images /var/lib/glance/tmp

{
    logging placement-api
    printf '[api]\nauth_strategy = keystone\n'
    authtoken placement
    printf '[placement_database]\nconnection = %s\n' "$(db placement placement)"
} >/etc/placement/placement.conf

{
    logging nova
    cat <<EOF
state_path = /var/lib/nova
host = $COMPUTE_HOST
my_ip = $OS_IP
compute_driver = fake.FakeDriverWithoutFakeNodes
transport_url = $rabbit
enabled_apis = osapi_compute
use_rootwrap_daemon = false
[api]
auth_strategy = keystone
[api_database]
connection = $(db nova nova_api)
[database]
connection = $(db nova nova)
EOF
    authtoken nova
    client service_user nova
    printf 'send_service_user_token = true\n'
    client neutron neutron
    client placement placement
    cat <<EOF
[glance]
region_name = $REGION
[conductor]
workers = 1
[scheduler]
workers = 1
discover_hosts_in_cells_interval = 10
[oslo_concurrency]
lock_path = /var/lib/nova/tmp
[oslo_messaging_notifications]
driver = noop
[vnc]
enabled = false
[wsgi]
api_paste_config = /etc/nova/api-paste.ini
EOF
} >/etc/nova/nova.conf
mkdir -p /var/lib/nova/instances /var/lib/nova/tmp

{
    logging neutron-server
    cat <<EOF
bind_host = $OS_IP
bind_port = 9696
core_plugin = ml2
service_plugins = ovn-router
auth_strategy = keystone
transport_url = $rabbit
api_workers = 1
rpc_workers = 0
rpc_state_report_workers = 0
notify_nova_on_port_status_changes = true
notify_nova_on_port_data_changes = true
host = peer-neutron
[database]
connection = $(db neutron neutron)
EOF
    authtoken neutron
    client nova nova
    printf '[oslo_concurrency]\nlock_path = /var/lib/neutron/tmp\n[oslo_messaging_notifications]\ndriver = noop\n'
} >/etc/neutron/neutron.conf
cat >/etc/neutron/plugins/ml2/ml2_conf.ini <<EOF
[ml2]
type_drivers = geneve,flat
tenant_network_types = geneve
mechanism_drivers = ovn
extension_drivers = port_security
overlay_ip_version = 4
[ml2_type_geneve]
vni_ranges = 1:65536
max_header_size = 38
[ml2_type_flat]
flat_networks = *
[securitygroup]
enable_security_group = true
[ovn]
ovn_nb_connection = unix:/run/ovn/ovnnb_db.sock
ovn_sb_connection = unix:/run/ovn/ovnsb_db.sock
ovn_metadata_enabled = false
enable_distributed_floating_ip = false
EOF
mkdir -p /var/lib/neutron/tmp

# The APIs under uWSGI. Its http-socket cannot keep connections alive, so it says so.
# nova-api and glance-api patch Python with eventlet: one thread per process.
wsgi() { # name port script processes threads
    cat >"/etc/peer/$1.ini" <<EOF
[uwsgi]
plugins = python3
http-socket = $OS_IP:$2
wsgi-file = $3
master = true
processes = $4
threads = $5
enable-threads = true
lazy-apps = true
die-on-term = true
buffer-size = 65535
http-auto-chunked = true
http-chunked-input = true
http-raw-body = true
wsgi-manage-chunked-input = true
add-header = Connection: close
socket-timeout = 60
EOF
}
wsgi keystone 5000 /usr/bin/keystone-wsgi-public 1 4
wsgi placement 8778 /usr/bin/placement-api 1 4
wsgi glance 9292 /usr/bin/glance-wsgi-api 2 1
wsgi nova-api 8774 /usr/bin/nova-api-wsgi 2 1
