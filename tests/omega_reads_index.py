#!/usr/bin/env python3
"""A stock Omega (Xapian's CGI search front end, Debian's xapian-omega) searches and displays a Geofacet
index with its own templates and query parser, nothing of Geofacet's."""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

indexer, corpus = sys.argv[1], sys.argv[2]
OMEGA = "/usr/lib/cgi-bin/omega/omega"

with tempfile.TemporaryDirectory() as tmp:
    os.makedirs(tmp + "/data")
    os.makedirs(tmp + "/log")
    subprocess.run([indexer, "--quiet", "--db", tmp + "/data/default", corpus], check=True)
    with open(tmp + "/omega.conf", "w") as conf:
        conf.write(f"database_dir {tmp}/data\ntemplate_dir /var/lib/xapian-omega/templates\nlog_dir {tmp}/log\n")

    def omega(*args):
        env = dict(os.environ, OMEGA_CONFIG_FILE=tmp + "/omega.conf")
        out = subprocess.run([OMEGA, "FMT=xml", "HITSPERPAGE=100", *args], env=env, check=True,
                             capture_output=True, text=True).stdout
        root = ET.fromstring(out[out.index("<?xml"):])
        return int(root.get("Matches")), [(h.get("title"), h.get("url"), h.get("sample")) for h in root.iter("hit")]

    # Free text through Omega's own QueryParser (stemmed "Z" terms, as TermGenerator writes them).
    total, hits = omega("P=postponed security talks")
    assert total >= 1, total
    assert any("postpones-2-plus-2" in url for _, url, _ in hits), hits
    assert all(title and sample for title, _, sample in hits), "caption and sample are displayed"
    # Japanese words, and a boolean filter on a facet term (B=Njp).
    total, hits = omega("P=防衛", "B=Njp")
    assert total >= 5 and all(url.startswith("https://news.example.jp/") for _, url, _ in hits), (total, hits)
    # An actor filter alone.
    total, _ = omega("P=tariffs", "B=XAryosei-akazawa")
    assert total >= 3, total
print("stock omega reads the index: ok")
