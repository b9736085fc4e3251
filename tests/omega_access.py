#!/usr/bin/env python3
"""A stock Omega (Debian's xapian-omega) with Geofacet's template (omega/templates/query) applies the same access
control as the service: readers from REMOTE_USER and HTTP_X_REMOTE_GROUPS, and URL parameters that would widen
what they read are refused. Usage: omega_access.py INDEXER SOURCE_DIR"""
import os
import re
import subprocess
import sys
import tempfile

indexer, source = sys.argv[1], sys.argv[2]
OMEGA = "/usr/lib/cgi-bin/omega/omega"
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


with tempfile.TemporaryDirectory() as tmp:
    os.makedirs(tmp + "/data")
    os.makedirs(tmp + "/log")
    subprocess.run([indexer, "--quiet", "--db", tmp + "/data/default", source + "/sample-corpus", source + "/tests/data/access"],
                   check=True)
    with open(tmp + "/omega.conf", "w") as conf:
        conf.write(f"database_dir {tmp}/data\ntemplate_dir {source}/omega/templates\nlog_dir {tmp}/log\n")

    def omega(*args, user=None, groups=None):
        env = {k: v for k, v in os.environ.items() if k not in ("REMOTE_USER", "HTTP_X_REMOTE_GROUPS")}
        env["OMEGA_CONFIG_FILE"] = tmp + "/omega.conf"
        if user is not None:
            env["REMOTE_USER"] = user
        if groups is not None:
            env["HTTP_X_REMOTE_GROUPS"] = groups
        out = subprocess.run([OMEGA, "HITSPERPAGE=100", *args], env=env, capture_output=True, text=True).stdout
        head, _, body = out.partition("\r\n\r\n") if "\r\n\r\n" in out else out.partition("\n\n")
        total = re.search(r'data-matches="(\d+)"', body)
        return head, body, int(total.group(1)) if total else None, re.findall(r'data-id="([^"]*)"', body)

    # (who, identity, arguments, expected matches, restricted articles they may read)
    table = [
        ("anonymous", dict(), ["P=Kestrel"], 0, []),
        ("anonymous", dict(), ["P=ケストレル"], 0, []),
        ("anonymous", dict(), ["P="], 54, []),
        ("defence", dict(groups="press, defence"), ["P=Kestrel"], 1, ["acl-defence-01"]),
        ("defence", dict(groups="press, defence"), ["P="], 55, ["acl-defence-01"]),
        ("tanaka", dict(user="tanaka"), ["P=ケストレル"], 1, ["acl-tanaka-01"]),
        ("tanaka", dict(user="tanaka"), ["P=Kestrel"], 0, ["acl-tanaka-01"]),
        ("tanaka in defence", dict(user="tanaka", groups="defence"), ["P="], 56, ["acl-defence-01", "acl-tanaka-01"]),
        ("another user", dict(user="suzuki", groups="finance"), ["P=Kestrel"], 0, []),
        ("anonymous, a facet filter still works", dict(), ["P=防衛", "B=Njp"], None, []),
    ]
    for who, identity, args, expected, may in table:
        head, body, total, found = omega(*args, **identity)
        if expected is None:
            check(total and total > 3, f"{who}: {args} → {total}")
        else:
            check(total == expected, f"{who}: {args} → {total} matches (expected {expected})")
        if expected and may:
            check(all(i in found for i in may), f"{who}: {args} shows {may}")
        shown = [i for i in found if i.startswith("acl-")]
        check(all(i in may for i in shown), f"{who}: {args}: no restricted article but theirs ({shown})")
        if "acl-defence-01" not in may:
            check("Classified cable" not in body and "Tomahawk" not in body, f"{who}: {args}: no restricted text")

    # Parameters that would widen what the reader sees are refused, with no result at all.
    for args in (["P=Kestrel", "B=XVgroup:defence"], ["P=Kestrel", "B=XVuser:tanaka"], ["P=", "B=XVpublic", "B=Njp"],
                 ["P=Kestrel", "DB=default"], ["P=Kestrel", "MORELIKE=55"], ["P=Kestrel", "R=55"]):
        head, body, total, found = omega(*args)
        check("Status: 403" in head and total is None and not found and "Kestrel" not in body, f"refused: {args}")
    # Another template cannot be chosen: the template folder holds this one only.
    head, body, total, found = omega("P=Kestrel", "FMT=xml", groups="")
    check(not found and "Kestrel" not in body, "FMT=xml is not served")

if failures:
    sys.exit(f"{len(failures)} checks failed")
print("omega applies the access control: ok")
