"""Starts and stops the real geofacet-serve for the tests: on 127.0.0.1, any free port, over real databases."""
import http.client
import json
import os
import signal
import subprocess
import tempfile
import threading
import time
import urllib.parse


class Server:
    """A geofacet-serve process; its address is read from the line it prints when it listens."""

    def __init__(self, bin_dir, dbs, *extra):
        self.bin_dir = bin_dir
        self.log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(
            [os.path.join(bin_dir, "geofacet-serve"), "--listen", "127.0.0.1:0", *sum((["--db", d] for d in dbs), []), *extra],
            stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self._first_line(timeout=120)
        if not line.startswith("geofacet-serve: listening on http://127.0.0.1:"):
            self.stop()
            raise RuntimeError("the server did not start: " + line + self.stderr())
        self.port = int(line.rsplit(":", 1)[1].strip("/\n"))
        self.base = f"http://127.0.0.1:{self.port}"

    def _first_line(self, timeout):
        result = []
        reader = threading.Thread(target=lambda: result.append(self.proc.stdout.readline()), daemon=True)
        reader.start()
        reader.join(timeout)
        return result[0] if result else ""

    def stderr(self):
        self.log.seek(0)
        return self.log.read()

    def request(self, path, headers=None, source="127.0.0.1", method="GET", body=None, timeout=60):
        """(status, headers, body as text) of one request, sent from `source` (a loopback address)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout, source_address=(source, 0))
        try:
            conn.request(method, path, body=body, headers=headers or {})
            res = conn.getresponse()
            return res.status, dict(res.getheaders()), res.read().decode("utf-8", "replace")
        finally:
            conn.close()

    def json(self, path, headers=None, source="127.0.0.1"):
        """(status, parsed JSON) of a GET."""
        status, _, body = self.request(path, headers, source)
        return status, json.loads(body)

    def signal(self, sig):
        self.proc.send_signal(sig)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stdout.close()
        return self.proc.returncode

    def __del__(self):
        self.log.close()


def query(params):
    """A URL query from (name, value) pairs, UTF-8 percent-encoded."""
    return urllib.parse.urlencode(params, quote_via=urllib.parse.quote)


def index(bin_dir, db, *inputs):
    subprocess.run([os.path.join(bin_dir, "geofacet-index"), "--quiet", "--db", db, *inputs], check=True)


def wait_until(predicate, timeout=30, step=0.2):
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(step)
    return False
