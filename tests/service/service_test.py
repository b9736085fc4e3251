#!/usr/bin/env python3
"""geofacet-serve, run for real on 127.0.0.1 over an index of the sample corpus and two restricted articles:
every endpoint, /api/search against geofacet-query --json, bad requests, access control from a trusted and an
untrusted address, suggestions in both scripts, the time limit, reopening, and a bounded load test.
Usage: service_test.py BIN_DIR SOURCE_DIR"""
import concurrent.futures
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from harness import Server, index, query, wait_until  # noqa: E402

BIN, SOURCE = sys.argv[1], sys.argv[2]
TMP = tempfile.mkdtemp(prefix="geofacet-service-")
DB = os.path.join(TMP, "db")
SECRET_WORDS = ["acl-defence-01", "acl-tanaka-01", "Kestrel", "kaja-kallas", "Kallas", "yoko-kamikawa", "上川",
                "Internal Cable", "内部文書", "Estonia", "\"EE\"", "ケストレル"]


def setUpModule():
    global SERVER
    index(BIN, DB, os.path.join(SOURCE, "sample-corpus"), os.path.join(SOURCE, "tests/data/access"))
    SERVER = Server(BIN, [DB], "--threads", "4", "--trusted-proxy", "127.0.0.1", "--quiet")


def tearDownModule():
    status = SERVER.stop()
    shutil.rmtree(TMP, ignore_errors=True)
    # Under the sanitizers (test.sh's second stage) a report goes to standard error, a leak to the exit status.
    problems = [line for line in SERVER.stderr().splitlines() if "runtime error" in line or "Sanitizer" in line]
    if status != 0 or problems:
        raise AssertionError(f"the server stopped with status {status}: {problems[:5]}")


def cli_json(args):
    out = subprocess.run([os.path.join(BIN, "geofacet-query"), "--db", DB, "--json", *args], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


class Endpoints(unittest.TestCase):
    def test_the_page_and_its_files(self):
        for path, kind, holds in [("/", "text/html", 'id="q"'), ("/?q=Japan", "text/html", "static/app.js"),
                                  ("/static/app.js", "text/javascript", "snippetNodes"),
                                  ("/static/app.css", "text/css", ".facet"), ("/static/icon.svg", "image/svg+xml", "<svg")]:
            status, headers, body = SERVER.request(path)
            self.assertEqual(status, 200, path)
            self.assertTrue(headers["Content-Type"].startswith(kind), (path, headers))
            self.assertIn(holds, body, path)
            self.assertEqual(headers["X-Content-Type-Options"], "nosniff")
        _, headers, body = SERVER.request("/")
        self.assertIn("script-src 'self'", headers["Content-Security-Policy"])
        self.assertNotIn("http://", body.replace("http://www.w3.org", ""), "the page fetches nothing from elsewhere")
        status, headers, body = SERVER.request("/", method="HEAD")
        self.assertEqual((status, body), (200, ""))

    def test_search_document_analyze_suggest(self):
        status, r = SERVER.json("/api/search?" + query([("q", "Japan defence 5 percent"), ("facet", "date")]))
        self.assertEqual(status, 200)
        self.assertGreater(r["total"], 0)
        self.assertIsInstance(r["took_ms"], (int, float))
        self.assertIn("date", r["facets"])
        first = r["results"][0]
        status, doc = SERVER.json("/api/documents/" + first["id"])
        self.assertEqual(status, 200)
        self.assertEqual((doc["id"], doc["title"]), (first["id"], first["title"]))
        self.assertGreater(len(doc["body"]), 100)
        self.assertEqual(doc["access"], ["public"])
        self.assertTrue(doc["countries"])
        text = "石破首相は防衛費をGDP比5%に"
        status, analysis = SERVER.json("/api/analyze?" + query([("text", text)]))
        self.assertEqual(status, 200)
        expected = json.loads(subprocess.run([os.path.join(BIN, "geofacet-analyze"), "--json", text], check=True,
                                             capture_output=True, text=True).stdout)
        self.assertEqual(analysis, expected)
        status, understood = SERVER.json("/api/analyze?" + query([("text", "Ishiba tariffs"), ("query", "1")]))
        self.assertEqual(status, 200)
        self.assertIn("xapian_query", understood)
        status, s = SERVER.json("/api/suggest?" + query([("facet", "country"), ("prefix", "jap")]))
        self.assertEqual((status, s["suggestions"][0]["value"]), (200, "JP"))

    def test_facets_come_from_the_facet_table(self):
        status, table = SERVER.json("/api/facets")
        self.assertEqual(status, 200)
        names = [f["name"] for f in table["facets"]]
        self.assertEqual(names, ["actor", "country", "percent", "percent_range", "percent_of", "lang", "source", "date"])
        self.assertTrue(all(f["title"] and f["title_ja"] for f in table["facets"]), table)
        defaults = [f["name"] for f in table["facets"] if f["default"]]
        status, r = SERVER.json("/api/search?q=Japan")
        self.assertEqual(sorted(r["facets"]), sorted(defaults), "a search that names no facet counts the table's defaults")
        status, r = SERVER.json("/api/search?" + query([("facet", n) for n in names]))
        self.assertEqual(sorted(r["facets"]), sorted(names), "every facet of the table can be asked for")

    def test_health_metrics_opensearch(self):
        status, h = SERVER.json("/healthz")
        self.assertEqual((status, h["status"], h["documents"]), (200, "ok", 54))
        self.assertEqual(h["databases"][0]["spec"], DB)
        self.assertGreaterEqual(h["databases"][0]["revision"], 1)
        SERVER.request("/api/search?limit=bad")
        status, headers, metrics = SERVER.request("/metrics")
        self.assertEqual(status, 200)
        self.assertTrue(headers["Content-Type"].startswith("text/plain; version=0.0.4"))
        for line in ['# TYPE geofacet_http_requests_total counter', '# TYPE geofacet_http_request_duration_seconds histogram',
                     'geofacet_http_requests_total{endpoint="/api/search",status="400"}',
                     'geofacet_http_errors_total{endpoint="/api/search"}',
                     'geofacet_http_request_duration_seconds_bucket{endpoint="/api/search",le="+Inf"}',
                     'geofacet_search_timeouts_total 0']:
            self.assertIn(line, metrics)
        status, headers, xml = SERVER.request("/opensearch.xml", headers={"Host": "search.example.org"})
        self.assertEqual(status, 200)
        self.assertEqual(headers["Content-Type"], "application/opensearchdescription+xml")
        ns = {"os": "http://a9.com/-/spec/opensearch/1.1/"}
        root = ET.fromstring(xml)
        templates = [u.get("template") for u in root.findall("os:Url", ns)]
        self.assertIn("http://search.example.org/?q={searchTerms}", templates)
        status, _, xml = SERVER.request("/opensearch.xml", headers={"Host": "evil\"><x>"})
        self.assertNotIn("<x>", xml)


# (HTTP parameters, the query tool's arguments): the same request both ways.
SAME_REQUESTS = [
    ([("q", "Japan defence 5 percent")], ["Japan defence 5 percent"]),
    ([("q", "関税 日本"), ("limit", "5")], ["--limit", "5", "関税 日本"]),
    ([("q", "tariffs"), ("filter", "country:JP"), ("filter", "actor:赤沢")], ["--filter", "country=JP", "--filter", "actor=赤沢", "tariffs"]),
    ([("q", "NATO"), ("percent", "3..5"), ("sort", "date"), ("offset", "2")], ["--percent", "3..5", "--sort", "date", "--offset", "2", "NATO"]),
    ([("q", "defence"), ("translate", "0"), ("facet", "lang"), ("facet", "source"), ("facet_limit", "3")],
     ["--no-translate", "--facet", "lang", "--facet", "source", "--facet-limit", "3", "defence"]),
    ([("q", ""), ("limit", "0"), ("facet", "country"), ("facet", "date")], ["--limit", "0", "--facet", "country", "--facet", "date"]),
    ([("q", "Ishiba"), ("date", "2025-06..2025-07")], ["--date", "2025-06..2025-07", "Ishiba"]),
    ([("q", "石破 NOT 関税"), ("filter", "percent_range:3-5")], ["--filter", "percent_range=3-5", "石破 NOT 関税"]),
    ([("q", "Kestrel")], ["Kestrel"]),
    ([("like", "en-10"), ("facet", "lang")], ["--like", "en-10", "--facet", "lang"]),
    ([("q", "defence percent:5@gdp"), ("facet", "percent_of")], ["--facet", "percent_of", "defence percent:5@gdp"]),
    ([("q", "defence"), ("filter", "percent:5@gdp")], ["--filter", "percent=5@gdp", "defence"]),
]


class SameAsTheQueryTool(unittest.TestCase):
    def test_search_answers_what_the_query_tool_prints(self):
        for params, args in SAME_REQUESTS:
            with self.subTest(params=params):
                status, answer = SERVER.json("/api/search?" + query(params))
                self.assertEqual(status, 200, answer)
                took = answer.pop("took_ms")
                self.assertGreaterEqual(took, 0)
                self.assertEqual(answer, cli_json(args))

    def test_searching_as_someone_matches_the_headers(self):
        status, answer = SERVER.json("/api/search?q=Kestrel&facet=actor", {"X-Remote-Groups": "defence"})
        answer.pop("took_ms")
        self.assertEqual(answer, cli_json(["--group", "defence", "--facet", "actor", "Kestrel"]))
        self.assertEqual(answer["total"], 1)


# (path, status, parameter at fault or None)
BAD_REQUESTS = [
    ("/api/search?limit=101", 400, "limit"),
    ("/api/search?limit=abc", 400, "limit"),
    ("/api/search?offset=-3", 400, "offset"),
    ("/api/search?sort=popularity", 400, "sort"),
    ("/api/search?fitler=country:JP", 400, "fitler"),
    ("/api/search?q=%FF%FE", 400, "q"),
    ("/api/search?q=a&q=b", 400, "q"),
    ("/api/search?filter=countryJP", 400, "filter"),
    ("/api/search?date=last-week", 400, "date"),
    ("/api/search?percent=many", 400, "percent"),
    ("/api/search?facet=colour", 400, None),
    ("/api/search?filter=colour:red", 400, None),
    ("/api/search?q=" + "a" * 2100, 400, "q"),
    ("/api/search?q=tariff&like=en-10", 400, "like"),
    ("/api/search?like=no-such-article", 400, None),
    ("/api/documents/no-such-article", 404, "id"),
    ("/api/documents/en-01?x=1", 400, "x"),
    ("/api/analyze", 400, "text"),
    ("/api/analyze?text=a&query=2", 400, "query"),
    ("/api/analyze?text=" + "a" * 4001, 400, "text"),
    ("/api/suggest?facet=percent&prefix=5", 400, "facet"),
    ("/api/suggest?prefix=a&limit=500", 400, "limit"),
    ("/api/facets?x=1", 400, "x"),
    ("/api/nothing", 404, None),
    ("/static/../../etc/passwd", 404, None),
]


class BadRequests(unittest.TestCase):
    def test_each_gets_a_json_error_with_its_reason(self):
        for path, status, parameter in BAD_REQUESTS:
            with self.subTest(path=path[:60]):
                got, headers, body = SERVER.request(path)
                self.assertEqual(got, status, body)
                self.assertTrue(headers["Content-Type"].startswith("application/json"))
                error = json.loads(body)
                self.assertTrue(error["error"] and error["reason"], error)
                if parameter:
                    self.assertEqual(error.get("parameter"), parameter, error)

    def test_methods_sizes_and_garbage(self):
        status, headers, body = SERVER.request("/api/search", method="POST", body="q=x")
        self.assertEqual(status, 405)
        self.assertEqual(headers["Allow"], "GET, HEAD")
        self.assertEqual(json.loads(body)["error"], "method not allowed")
        status, _, body = SERVER.request("/api/search", method="POST", body="x" * 70000)
        self.assertEqual(status, 413, body)
        self.assertIn("larger than", json.loads(body)["reason"])
        status, _, body = SERVER.request("/api/search?q=" + "a" * 9000)
        self.assertEqual(status, 414)
        with socket.create_connection(("127.0.0.1", SERVER.port), timeout=10) as s:
            s.sendall(b"NONSENSE\r\n\r\n")
            self.assertIn(b"400", s.recv(4096).split(b"\r\n")[0])
        self.assertEqual(SERVER.json("/healthz")[0], 200, "the server still answers")


class AccessControl(unittest.TestCase):
    """A restricted article is invisible in every answer, unless a trusted proxy says who may read it."""

    def answers(self, headers, source):
        paths = ["/api/search?q=Kestrel", "/api/search?" + query([("q", "ケストレル")]),
                 "/api/search?" + query([("q", ""), ("limit", "100"), ("facet_limit", "1000")] +
                                        [("facet", f) for f in ["actor", "country", "percent", "source", "date", "lang"]]),
                 "/api/search?q=Tomahawk&filter=actor:kaja-kallas", "/api/documents/acl-defence-01",
                 "/api/documents/acl-tanaka-01", "/api/suggest?prefix=kal", "/api/suggest?" + query([("prefix", "上川")]),
                 "/api/suggest?facet=country&prefix=est", "/api/suggest?facet=source&prefix=inter",
                 "/api/suggest?facet=source&prefix=" + query([("", "内部")])[1:], "/healthz"]
        return {p: SERVER.request(p, headers, source) for p in paths}

    def assert_sees_nothing_restricted(self, answers, who):
        for path, (status, _, body) in answers.items():
            shown = json.loads(body)
            for echo in ("query", "interpreted", "prefix", "filters"):  # what the request itself said
                shown.pop(echo, None)
            shown = json.dumps(shown, ensure_ascii=False)
            for word in SECRET_WORDS:
                self.assertNotIn(word, shown, f"{who}: {path}")
        self.assertEqual(answers["/api/documents/acl-defence-01"][0], 404, who)
        everything = json.loads(answers[[p for p in answers if "facet_limit" in p][0]][2])
        self.assertEqual(everything["total"], 54, who)
        self.assertNotIn("2025-02", [m["value"] for m in everything["facets"]["date"]], "only restricted articles are of February")
        self.assertEqual(json.loads(answers["/healthz"][2])["documents"], 54, who)

    def test_anonymous_and_untrusted_see_public_articles_only(self):
        cases = [({}, "127.0.0.1", "anonymous, trusted address"),
                 ({}, "127.0.0.2", "anonymous, untrusted address"),
                 ({"X-Remote-User": "tanaka", "X-Remote-Groups": "defence"}, "127.0.0.2", "headers from an untrusted address"),
                 ({"X-Remote-User": "suzuki", "X-Remote-Groups": "finance, press"}, "127.0.0.1", "another user"),
                 ({"X-Remote-Group": "defence", "X-Remote-Users": "tanaka"}, "127.0.0.1", "misspelt headers")]
        for headers, source, who in cases:
            with self.subTest(who=who):
                self.assert_sees_nothing_restricted(self.answers(headers, source), who)

    def test_readers_see_what_they_may_read(self):
        defence = self.answers({"X-Remote-Groups": "press, defence"}, "127.0.0.1")
        self.assertEqual(json.loads(defence["/api/search?q=Kestrel"][2])["total"], 1)
        self.assertEqual(defence["/api/documents/acl-defence-01"][0], 200)
        self.assertEqual(json.loads(defence["/api/documents/acl-defence-01"][2])["access"], ["group:defence"])
        self.assertEqual(defence["/api/documents/acl-tanaka-01"][0], 404)
        self.assertIn("kaja-kallas", defence["/api/suggest?prefix=kal"][2])
        self.assertIn("EE", defence["/api/suggest?facet=country&prefix=est"][2])
        self.assertEqual(json.loads(defence["/healthz"][2])["documents"], 55)
        tanaka = self.answers({"X-Remote-User": "tanaka"}, "127.0.0.1")
        self.assertEqual(tanaka["/api/documents/acl-tanaka-01"][0], 200)
        self.assertEqual(tanaka["/api/documents/acl-defence-01"][0], 404)
        self.assertIn("yoko-kamikawa", tanaka["/api/suggest?" + query([("prefix", "上川")])][2])
        all_facets = json.loads(defence[[p for p in defence if "facet_limit" in p][0]][2])
        self.assertEqual(all_facets["total"], 55)
        self.assertIn("kaja-kallas", [v["value"] for v in all_facets["facets"]["actor"]])

    def test_a_proxy_network_and_other_header_names(self):
        server = Server(BIN, [DB], "--threads", "1", "--trusted-proxy", "127.0.0.0/30", "--user-header", "X-Forwarded-User",
                        "--groups-header", "X-Forwarded-Groups", "--quiet")
        try:
            for source, expected in [("127.0.0.2", 1), ("127.0.0.5", 0)]:
                _, r = server.json("/api/search?q=Kestrel", {"X-Forwarded-Groups": "defence"}, source)
                self.assertEqual(r["total"], expected, source)
            _, r = server.json("/api/search?q=Kestrel", {"X-Remote-Groups": "defence"}, "127.0.0.2")
            self.assertEqual(r["total"], 0, "the default header names are not read when others are configured")
        finally:
            server.stop()


class Suggestions(unittest.TestCase):
    def test_either_script_or_a_name_key_offers_the_actor(self):
        for prefix in ["ishi", "Ishiba", "石", "石破", "いし", "いしば", "イシバ", "shigeru"]:
            with self.subTest(prefix=prefix):
                status, r = SERVER.json("/api/suggest?" + query([("facet", "actor"), ("prefix", prefix)]))
                self.assertEqual(status, 200)
                top = r["suggestions"][0]
                self.assertEqual((top["value"], top["label"], top["label_ja"]), ("shigeru-ishiba", "Shigeru Ishiba", "石破茂"))
                self.assertGreater(top["count"], 10)
        _, r = SERVER.json("/api/suggest?" + query([("prefix", "トランプ")]))
        self.assertEqual(r["suggestions"][0]["value"], "donald-trump")
        _, r = SERVER.json("/api/suggest?prefix=qqqq")
        self.assertEqual(r["suggestions"], [])


class TimeLimit(unittest.TestCase):
    def test_a_long_search_is_stopped_with_a_clear_error(self):
        """An archive of 120,000 documents with facet values: counting them all takes far more than 1 ms."""
        import xapian
        big = os.path.join(TMP, "big")
        db = xapian.WritableDatabase(big, xapian.DB_CREATE_OR_OVERWRITE)
        for i in range(120000):
            doc = xapian.Document()
            doc.add_boolean_term("XVpublic")
            doc.add_term("common")
            for n in range(4):
                doc.add_value(100 + n, "actor-%d" % ((i * 7 + n) % 997))
                doc.add_value(300 + n, "C%d" % ((i + n) % 50))
            db.add_document(doc)
        db.commit()
        db.close()
        server = Server(BIN, [big], "--threads", "2", "--time-limit", "1", "--quiet")
        try:
            started = time.time()
            status, r = server.json("/api/search?q=&limit=5")
            self.assertLess(time.time() - started, 30, "stopped, not left to run")
            self.assertEqual(status, 503, r)
            self.assertEqual(r["error"], "timeout")
            self.assertIn("limit of 1 ms", r["reason"])
            self.assertEqual(server.json("/healthz")[0], 200, "the worker is free again")
            self.assertIn("geofacet_search_timeouts_total 1", server.request("/metrics")[2])
        finally:
            server.stop()
        server = Server(BIN, [big], "--threads", "1", "--time-limit", "0", "--quiet")
        try:
            status, r = server.json("/api/search?q=&limit=5")
            self.assertEqual((status, r["total"]), (200, 120000), "without a limit the same search completes")
        finally:
            server.stop()


class Reopening(unittest.TestCase):
    def test_an_index_updated_while_serving_is_seen(self):
        live = os.path.join(TMP, "live")
        index(BIN, live, os.path.join(SOURCE, "sample-corpus/en.jsonl"))
        server = Server(BIN, [live], "--threads", "2", "--quiet")
        try:
            _, before = server.json("/api/search?q=&limit=0")
            index(BIN, live, os.path.join(SOURCE, "sample-corpus/ja.jsonl"))
            _, after = server.json("/api/search?q=&limit=0")
            self.assertEqual((before["total"], after["total"]), (29, 54))
            _, s = server.json("/api/suggest?" + query([("prefix", "赤沢")]))
            self.assertEqual(s["suggestions"][0]["value"], "ryosei-akazawa", "suggestions follow the new revision")
            # SIGHUP opens the databases anew: the service goes on answering.
            server.signal(signal.SIGHUP)
            self.assertTrue(wait_until(lambda: "SIGHUP" in server.stderr()))
            self.assertEqual(server.json("/api/search?q=&limit=0")[1]["total"], 54)
        finally:
            self.assertEqual(server.stop(), 0, "SIGTERM stops it cleanly")


class Load(unittest.TestCase):
    def test_sixteen_clients_without_an_error(self):
        """16 clients, 30 requests each (searches, filters, suggestions, documents), on the loopback only."""
        requests = ["/api/search?" + query([("q", q)]) for q in ["Japan defence 5 percent", "関税 日本", "NATO", "石破", "tariffs"]]
        requests += ["/api/search?q=&filter=country:JP&facet=date", "/api/suggest?prefix=ishi", "/api/documents/en-01", "/healthz"]

        def client(n):
            statuses = []
            for i in range(30):
                headers = {"X-Remote-Groups": "defence"} if (n + i) % 3 == 0 else {}
                statuses.append(SERVER.request(requests[(n + i) % len(requests)], headers, timeout=60)[0])
            return statuses

        started = time.time()
        with concurrent.futures.ThreadPoolExecutor(16) as pool:
            statuses = [s for result in pool.map(client, range(16)) for s in result]
        elapsed = time.time() - started
        self.assertEqual(len(statuses), 480)
        self.assertEqual(set(statuses), {200})
        self.assertLess(elapsed, 300)
        print(f"load: 16 clients, {len(statuses)} requests, no error, {elapsed:.1f} s, {len(statuses) / elapsed:.0f} requests/s",
              file=sys.stderr)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
