y=`ss-get --noblock a:key`; { ss-get-all b key; } | sort
ss-random -s8 key
