#!/usr/bin/env python3
"""A stock Xapian user reads a Geofacet index with the Python bindings and the README's schema alone."""
import subprocess
import sys
import tempfile

import xapian

indexer, corpus = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    db_path = tmp + "/db"
    subprocess.run([indexer, "--quiet", "--db", db_path, corpus], check=True)
    db = xapian.Database(db_path)

    # Facet terms: N (country, Omega's prefix), XP (percentage), XA (actor), Q (id), L (language).
    enquire = xapian.Enquire(db)
    enquire.set_query(xapian.Query(xapian.Query.OP_AND, [xapian.Query("Njp"), xapian.Query("XP5")]))
    ids = set()
    for match in enquire.get_mset(0, 100):
        fields = {}
        for line in match.document.get_data().decode("utf-8").split("\n"):
            if "=" in line:
                name, value = line.split("=", 1)
                fields.setdefault(name, []).append(value)
        ids.add(fields["id"][0])
        assert fields["caption"][0], "every document has a caption"
        assert "JP" in fields["country"], fields["country"]
        assert any(p.split("|")[0] == "5" for p in fields["percent"]), fields["percent"]
        date = match.document.get_value(0).decode()
        assert len(date) == 8 and date.isdigit(), date  # value slot 0: YYYYMMDD
    assert "en-01" in ids and "ja-01" in ids, ids

    # Free text with Xapian's own QueryParser: English stems under Z, as TermGenerator writes them.
    qp = xapian.QueryParser()
    qp.set_stemmer(xapian.Stem("english"))
    qp.set_stemming_strategy(xapian.QueryParser.STEM_SOME)
    qp.set_database(db)
    qp.add_boolean_prefix("country", "N")
    qp.add_boolean_prefix("lang", "L")
    enquire.set_query(qp.parse_query("postponed security talks country:jp lang:en"))
    found = [m.document.get_data().decode().split("\n")[0] for m in enquire.get_mset(0, 5)]
    assert "id=en-01" in found, found

    # Japanese words are plain terms.
    enquire.set_query(xapian.Query("防衛"))
    assert enquire.get_mset(0, 100).size() >= 5
print("python bindings read the index: ok")
