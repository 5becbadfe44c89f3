#!/bin/bash
# Inside the peer's root, MariaDB running:
#   initdb.sh keystone   the databases and their users, Keystone's schema, keys, admin user,
#                        region and identity endpoints (Keystone can start then)
#   initdb.sh services   the schemas of the other services
set -euo pipefail
. /opt/peer/peer.env
sock=/run/mysqld/mysqld.sock

keystone() {
    local pair user db
    for pair in keystone:keystone glance:glance placement:placement nova:nova_api nova:nova \
        nova:nova_cell0 neutron:neutron; do
        user=${pair%%:*} db=${pair#*:}
        mariadb --socket=$sock -uroot -e "CREATE DATABASE IF NOT EXISTS $db;
            CREATE USER IF NOT EXISTS '$user'@'localhost' IDENTIFIED BY '$DB_PASS';
            GRANT ALL PRIVILEGES ON $db.* TO '$user'@'localhost';"
    done
    keystone-manage db_sync
    keystone-manage fernet_setup --keystone-user root --keystone-group root
    keystone-manage credential_setup --keystone-user root --keystone-group root
    keystone-manage bootstrap --bootstrap-password "$ADMIN_PASS" \
        --bootstrap-public-url "http://$OS_IP:5000/v3/" \
        --bootstrap-internal-url "http://$OS_IP:5000/v3/" --bootstrap-region-id "$REGION"
}

services() {
    glance-manage db_sync
    placement-manage db sync
    nova-manage api_db sync
    nova-manage cell_v2 map_cell0 --database_connection \
        "mysql+pymysql://nova:$DB_PASS@localhost/nova_cell0?unix_socket=$sock&charset=utf8"
    nova-manage cell_v2 create_cell --name=cell1
    nova-manage db sync
    neutron-db-manage --config-file /etc/neutron/neutron.conf \
        --config-file /etc/neutron/plugins/ml2/ml2_conf.ini upgrade head
}

case ${1:-} in
keystone) keystone ;;
services) services ;;
*) echo "usage: initdb.sh keystone|services" >&2; exit 2 ;;
esac
