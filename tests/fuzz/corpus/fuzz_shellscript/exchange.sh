#!/bin/sh
x=$(ss-get --timeout 5 b:key)
ss-set key "v $x"
cat <<EOF
$(ss-get a.2:y)
EOF
