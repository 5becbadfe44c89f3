#!/usr/bin/env python3
"""Checks EC2 Query API requests against the EC2 API model that python3-botocore ships.

    ec2-model-check.py [--at-least N] LOG [LOG...]

Each LOG holds one request a line: either a form body ("Action=RunInstances&Version=...")
or a JSON line of moto's request recorder ({"body": ..., "body_encoded": ...}). Requests of
other APIs (another Version, e.g. IAM's) are left out. Every request must name an operation
of the model, in the model's API version, and every parameter must be a member the model
has under the name the EC2 query protocol gives it on the wire (queryName, else the
capitalised locationName, else the member's name; lists as Name.N, 1-based and without
gaps; structures as Name.Member), with a value of the member's type (integer, boolean,
timestamp, one of the enumeration's values) and every required member present.

Prints one line per finding, then "ec2-model-check: N requests checked ...".
Exit status: 0 when everything matches, 1 on a finding or fewer than N requests (a log that
stayed empty proves nothing), 2 when it cannot run.
"""
import base64
import binascii
import datetime
import difflib
import glob
import json
import os
import re
import sys
import urllib.parse

MODEL_GLOB = "/usr/lib/python3/dist-packages/botocore/data/ec2/*/service-2.json"


def load_model(version):
    path = os.environ.get("SLIPWAY_EC2_MODEL")
    candidates = [path] if path else sorted(glob.glob(MODEL_GLOB))
    for candidate in candidates:
        if os.path.basename(os.path.dirname(candidate)) == version or path:
            with open(candidate, encoding="utf-8") as f:
                return json.load(f), candidate
    try:  # botocore elsewhere (a virtualenv, another prefix)
        import botocore.loaders
        return botocore.loaders.create_loader().load_service_model("ec2", "service-2", version), \
            "botocore ec2 " + version
    except Exception as e:  # noqa: BLE001 - reported as "cannot run"
        print("ec2-model-check: no EC2 model of API version %s (%s)" % (version, e))
        sys.exit(2)


def wire_name(member_name, member):
    if "queryName" in member:
        return member["queryName"]
    if "locationName" in member:
        return member["locationName"][0].upper() + member["locationName"][1:]
    return member_name


class Checker:
    def __init__(self, model):
        self.model = model
        self.shapes = model["shapes"]
        self.findings = []

    def finding(self, where, text):
        self.findings.append("%s: %s" % (where, text))

    def check(self, number, params):
        action = params.pop("Action", None)
        version = params.pop("Version", None)
        where = "request %d" % number
        if action is None:
            self.finding(where, "no Action")
            return None
        where += " " + action
        if version != self.model["metadata"]["apiVersion"]:
            self.finding(where, "Version %r, the model is %s"
                         % (version, self.model["metadata"]["apiVersion"]))
        operation = self.model["operations"].get(action)
        if operation is None:
            self.finding(where, "no operation %s in the EC2 model" % action)
            return action
        tree = {}
        for key, value in params.items():
            node = tree
            parts = key.split(".")
            for i, part in enumerate(parts):
                last = i == len(parts) - 1
                existing = node.get(part)
                if last:
                    if existing is not None:
                        self.finding(where, "%s is given as a value and as a structure" % key)
                    node[part] = value
                else:
                    if isinstance(existing, str):
                        self.finding(where, "%s is given as a value and as a structure" % key)
                        break
                    node = node.setdefault(part, {})
        shape = operation.get("input")
        if shape is None:
            if tree:
                self.finding(where, "%s takes no parameters, got %s" % (action, sorted(tree)))
            return action
        self.walk(where, "", self.shapes[shape["shape"]], tree)
        return action

    def walk(self, where, path, shape, node):
        kind = shape["type"]
        if kind == "structure":
            if not isinstance(node, dict):
                self.finding(where, "%s is a structure, got the value %r" % (path, node))
                return
            by_wire = {wire_name(n, m): (n, m) for n, m in shape.get("members", {}).items()}
            for key, child in node.items():
                if key not in by_wire:
                    close = difflib.get_close_matches(key, list(by_wire), n=1, cutoff=0.8)
                    hint = " (the model spells it %s)" % close[0] if close else ""
                    self.finding(where, "%s is no member of %s%s"
                                 % (path + key, path.rstrip(".") or "the request", hint))
                    continue
                name, member = by_wire[key]
                self.walk(where, path + key + ".", self.shapes[member["shape"]], child)
            for name in shape.get("required", []):
                key = wire_name(name, shape["members"][name])
                if key not in node:
                    self.finding(where, "the required member %s is missing" % (path + key))
        elif kind == "list":
            if not isinstance(node, dict) or not all(k.isdigit() for k in node):
                self.finding(where, "%s is a list: %sN expected" % (path.rstrip("."), path))
                return
            indices = sorted(int(k) for k in node)
            if indices != list(range(1, len(indices) + 1)):
                self.finding(where, "%s: list indices %s, 1..%d expected"
                             % (path.rstrip("."), indices, len(indices)))
            member = shape["member"]
            for key, child in node.items():
                self.walk(where, path + key + ".", self.shapes[member["shape"]], child)
        elif kind == "map":
            self.finding(where, "%s: maps are not checked" % path.rstrip("."))
        else:
            self.scalar(where, path.rstrip("."), shape, node)

    def scalar(self, where, path, shape, value):
        if not isinstance(value, str):
            self.finding(where, "%s is a %s, got the members %s"
                         % (path, shape["type"], sorted(value)))
            return
        kind = shape["type"]
        bad = None
        if kind in ("integer", "long"):
            if not re.fullmatch(r"-?[0-9]+", value):
                bad = "an integer"
            else:
                number = int(value)
                if "min" in shape and number < shape["min"] or "max" in shape and number > shape["max"]:
                    bad = "an integer in [%s, %s]" % (shape.get("min"), shape.get("max"))
        elif kind in ("double", "float"):
            try:
                float(value)
            except ValueError:
                bad = "a number"
        elif kind == "boolean":
            if value not in ("true", "false"):
                bad = "true or false"
        elif kind == "timestamp":
            try:
                datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                bad = "an ISO 8601 time"
        elif kind == "blob":
            try:
                base64.b64decode(value, validate=True)
            except binascii.Error:
                bad = "base64"
        elif kind == "string":
            if "enum" in shape and value not in shape["enum"]:
                bad = "one of %s" % ", ".join(shape["enum"][:12])
            elif "min" in shape and len(value) < shape["min"]:
                bad = "at least %d characters" % shape["min"]
            elif "max" in shape and len(value) > shape["max"]:
                bad = "at most %d characters" % shape["max"]
        if bad:
            shown = "(sensitive)" if shape.get("sensitive") else repr(value[:60])
            self.finding(where, "%s = %s: %s expected" % (path, shown, bad))


def requests_of(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if line.startswith("{"):
                entry = json.loads(line)
                body = entry.get("body") or ""
                if entry.get("body_encoded"):
                    body = base64.b64decode(body).decode("utf-8")
                if entry.get("method", "POST") != "POST":
                    query = urllib.parse.urlsplit(entry.get("url", "")).query
                    body = query or body
                line = body
            pairs = urllib.parse.parse_qsl(line, keep_blank_values=True)
            yield pairs


def main():
    args = sys.argv[1:]
    at_least = 0
    if args[:1] == ["--at-least"] and len(args) > 1:
        at_least = int(args[1])
        args = args[2:]
    if not args:
        print(__doc__)
        return 2
    checker = None
    counted = 0
    actions = {}
    for path in args:
        if not os.path.exists(path):
            print("ec2-model-check: %s: no such request log" % path)
            return 1
        for pairs in requests_of(path):
            params = {}
            duplicate = [k for k, _ in pairs if sum(1 for k2, _ in pairs if k2 == k) > 1]
            for key, value in pairs:
                params[key] = value
            version = params.get("Version")
            if version is None or not version.startswith("20") or "Action" not in params:
                continue
            if checker is None:
                model, source = load_model(version)
                checker = Checker(model)
            if version != checker.model["metadata"]["apiVersion"] and \
                    not params["Action"] in checker.model["operations"]:
                continue  # another AWS API (IAM, STS): not EC2's to check
            counted += 1
            for key in sorted(set(duplicate)):
                checker.finding("request %d %s" % (counted, params.get("Action")),
                                "%s is given twice" % key)
            action = checker.check(counted, params)
            actions[action] = actions.get(action, 0) + 1
    findings = checker.findings if checker else []
    for line in findings:
        print(line)
    print("ec2-model-check: %d requests checked against the EC2 API model (%s), %d findings"
          % (counted, ", ".join("%s %d" % kv for kv in sorted(actions.items())) or "none",
             len(findings)))
    if counted < at_least:
        print("ec2-model-check: at least %d requests expected" % at_least)
        return 1
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
