#!/usr/bin/env python3
"""Spends moto's unchecked requests (INITIAL_NO_AUTH_ACTION_COUNT=3) making the IAM user the
peers tests sign with: a user, an allow-all inline policy, an access key. Prints the key as
MOTO_ACCESS_KEY_ID=... and MOTO_SECRET_ACCESS_KEY=... lines.
    moto-iam-user.py ENDPOINT CA_FILE
"""
import json
import sys

import botocore.session

endpoint, ca_file = sys.argv[1], sys.argv[2]
iam = botocore.session.get_session().create_client(
    "iam", region_name="us-east-1", endpoint_url=endpoint, verify=ca_file,
    aws_access_key_id="bootstrap", aws_secret_access_key="bootstrap")
iam.create_user(UserName="slipway-peers")
iam.put_user_policy(
    UserName="slipway-peers", PolicyName="allow-all",
    PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
key = iam.create_access_key(UserName="slipway-peers")["AccessKey"]
print("MOTO_ACCESS_KEY_ID=%s\nMOTO_SECRET_ACCESS_KEY=%s" % (key["AccessKeyId"], key["SecretAccessKey"]))
