"""Inside the peer's root, with python3-openstacksdk.

setup.py identity   once Keystone answers: the service and demo projects and users, their
                    roles, a second region with no compute service, and the catalog.
setup.py resources  once every API answers: flavours, the image, the networks and router the
                    tests use; prints the settings the tests read (KEY=VALUE lines).
"""
import os
import sys
import time

import openstack

ip = os.environ["OS_IP"]
env = {}
with open("/opt/peer/peer.env") as f:
    for line in f:
        if "=" in line and not line.startswith("#"):
            k, v = line.strip().split("=", 1)
            env[k] = v
region = env["REGION"]
auth_url = f"http://{ip}:5000/v3"


def connect(user="admin", password=env["ADMIN_PASS"], project="admin"):
    return openstack.connect(auth_url=auth_url, username=user, password=password,
                             project_name=project, user_domain_name="Default",
                             project_domain_name="Default", region_name=region,
                             identity_api_version="3")


def identity():
    idp = connect().identity
    domain = idp.find_domain("default")

    def project(name):
        return idp.find_project(name, domain_id=domain.id) or idp.create_project(
            name=name, domain_id=domain.id)

    def role(name):
        return idp.find_role(name) or idp.create_role(name=name)

    def user(name, password, home, roles):
        u = idp.find_user(name, domain_id=domain.id) or idp.create_user(
            name=name, password=password, domain_id=domain.id, default_project_id=home.id)
        for r in roles:
            idp.assign_project_role_to_user(home, u, role(r))

    service, demo = project("service"), project("demo")
    for name in ("glance", "placement", "nova", "neutron"):
        user(name, env["SERVICE_PASS"], service, ("admin", "service"))
    user("demo", env["DEMO_PASS"], demo, ("member", "reader"))

    # A second region, with Keystone only: a cloud set to it has no compute endpoint.
    if not idp.find_region("RegionTwo"):
        idp.create_region(id="RegionTwo")
    for name, kind, url in (("glance", "image", f"http://{ip}:9292"),
                            ("placement", "placement", f"http://{ip}:8778"),
                            ("nova", "compute", f"http://{ip}:8774/v2.1"),
                            ("neutron", "network", f"http://{ip}:9696")):
        svc = next((s for s in idp.services() if s.type == kind), None) or idp.create_service(
            name=name, type=kind, is_enabled=True)
        have = {e.interface for e in idp.endpoints(service_id=svc.id)}
        for interface in ("public", "internal"):
            if interface not in have:
                idp.create_endpoint(service_id=svc.id, interface=interface, url=url,
                                    region_id=region)
    keystone = next(s for s in idp.services() if s.type == "identity")
    if not any(e.region_id == "RegionTwo" for e in idp.endpoints(service_id=keystone.id)):
        idp.create_endpoint(service_id=keystone.id, interface="public", url=auth_url,
                            region_id="RegionTwo")


def resources():
    conn = connect()
    flavors = {}
    # peers-huge asks for more disk than the fake compute host has (600000 GB): Nova's
    # scheduler finds no host, and the server goes into ERROR with Nova's fault.
    for name, vcpus, ram, disk in (("m1.tiny", 1, 512, 1), ("m1.small", 1, 2048, 20),
                                   ("peers-huge", 2, 1024, 1000000)):
        f = conn.compute.find_flavor(name) or conn.compute.create_flavor(
            name=name, vcpus=vcpus, ram=ram, disk=disk, is_public=True)
        flavors[name] = f.id
    image = conn.image.find_image("peers-tiny")
    if image is None:
        path = "/var/lib/peer/peers-tiny.img"
        with open(path, "wb") as f:
            f.write(b"not bootable: the fake compute driver never reads it\n".ljust(65536, b"\0"))
        image = conn.image.create_image(name="peers-tiny", filename=path, disk_format="raw",
                                        container_format="bare", visibility="public")
    for _ in range(60):
        image = conn.image.get_image(image.id)
        if image.status == "active":
            break
        time.sleep(1)
    net = conn.network.find_network("peers-net") or conn.network.create_network(
        name="peers-net", is_shared=True)
    subnet = conn.network.find_subnet("peers-subnet") or conn.network.create_subnet(
        name="peers-subnet", network_id=net.id, ip_version=4, cidr="10.20.0.0/24",
        gateway_ip="10.20.0.1")
    # Floating IPs: an external flat network and a router to it (API level only: nothing
    # carries packets, and no test sends any).
    public = conn.network.find_network("peers-public") or conn.network.create_network(
        name="peers-public", is_router_external=True, provider_network_type="flat",
        provider_physical_network="public")
    if conn.network.find_subnet("peers-public-subnet") is None:
        conn.network.create_subnet(name="peers-public-subnet", network_id=public.id,
                                   ip_version=4, cidr="172.24.4.0/24", enable_dhcp=False,
                                   gateway_ip="172.24.4.1")
    router = conn.network.find_router("peers-router")
    if router is None:
        router = conn.network.create_router(name="peers-router",
                                            external_gateway_info={"network_id": public.id})
        conn.network.add_interface_to_router(router, subnet_id=subnet.id)
    demo = conn.identity.find_project("demo")
    values = {
        "OPENSTACK_AUTH_URL": auth_url,
        "OPENSTACK_REGION": region,
        "OPENSTACK_ADMIN_USER": "admin",
        "OPENSTACK_ADMIN_PASSWORD": env["ADMIN_PASS"],
        "OPENSTACK_DEMO_USER": "demo",
        "OPENSTACK_DEMO_PASSWORD": env["DEMO_PASS"],
        "OPENSTACK_DEMO_PROJECT_ID": demo.id,
        "OPENSTACK_TOKEN_SECONDS": env["TOKEN_SECONDS"],
        "OPENSTACK_IMAGE": "peers-tiny",
        "OPENSTACK_IMAGE_ID": image.id,
        "OPENSTACK_FLAVOR_TINY": flavors["m1.tiny"],
        "OPENSTACK_FLAVOR_SMALL": flavors["m1.small"],
        "OPENSTACK_FLAVOR_HUGE": flavors["peers-huge"],
        "OPENSTACK_NETWORK": "peers-net",
        "OPENSTACK_NETWORK_ID": net.id,
        "OPENSTACK_PUBLIC_NETWORK": "peers-public",
        "OPENSTACK_PUBLIC_NETWORK_ID": public.id,
    }
    for k, v in values.items():
        print(f"{k}={v}")


{"identity": identity, "resources": resources}[sys.argv[1]]()
