# Inside the peer's root: nova-compute from python3-nova (the nova-compute package would bring
# a hypervisor), run with the fake driver that nova.conf names.
import sys

sys.argv[0] = "/usr/bin/nova-compute"
from nova.cmd.compute import main  # noqa: E402

sys.exit(main())
