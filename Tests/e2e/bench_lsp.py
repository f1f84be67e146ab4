#!/usr/bin/env python3
"""Edit → diagnostics latency of `vblint lsp` over a pipe, and peak RSS.

Usage: swift build -c release && python3 Tests/e2e/bench_lsp.py [--bin .build/release/vblint] [--edits 300]

Opens a ~50 KB and a ~1 MB draft (real corpus text from ../shared/corpus/real
when present, else the repository's sample repeated), then sends one
incremental didChange at a time (insert a character, delete it, at moving
places) and times until the publishDiagnostics of that version has fully
arrived (the bytes read, before this client decodes the JSON).
Prints p50/p99/max per size and the server's peak RSS (VmHWM). Not a test:
it has no thresholds.
"""
import argparse
import glob
import json
import os
import pathlib
import statistics
import re
import subprocess
import sys
import tempfile
import time
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parents[2]


class Server:
    def __init__(self, binary):
        self.p = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
        self.buf = b""
        self.next_id = 1

    def send(self, obj):
        body = json.dumps(obj, ensure_ascii=False).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def read(self):
        return json.loads(self.read_body())

    def read_body(self):
        """The next message's body, undecoded."""
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end >= 0:
                n = int([l for l in self.buf[:end].split(b"\r\n") if l.lower().startswith(b"content-length")][0].split(b":")[1])
                if len(self.buf) >= end + 4 + n:
                    body = self.buf[end + 4:end + 4 + n]
                    self.buf = self.buf[end + 4 + n:]
                    return body
            chunk = os.read(self.p.stdout.fileno(), 1 << 20)
            if not chunk:
                raise EOFError("server closed its output")
            self.buf += chunk

    def request(self, method, params):
        i = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": i, "method": method, "params": params})
        while True:
            m = self.read()
            if m.get("id") == i and "method" not in m:
                return m

    def wait_publish(self, uri, version):
        """The diagnostics of `version` and the time their message had
        fully arrived (before this client decodes its JSON: decoding half a
        megabyte in Python is the client's cost, not the server's)."""
        while True:
            body = self.read_body()
            arrived = time.perf_counter()
            m = json.loads(body)
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri \
                    and m["params"].get("version") == version:
                return m["params"]["diagnostics"], arrived

    def peak_rss_kb(self, field="VmHWM"):
        with open(f"/proc/{self.p.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
        return -1


CORPUS = ROOT.parent / "shared" / "corpus" / "real"


def corpus_text(size, skip=0):
    files = sorted(glob.glob(str(CORPUS / "*.txt")))
    files = files[skip:] + files[:skip]
    parts, total = [], 0
    if files:
        for f in files:
            t = pathlib.Path(f).read_text(encoding="utf-8", errors="replace")
            parts.append(t)
            total += len(t.encode())
            if total >= size:
                break
    if total < size:
        seed = "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;\n"
        while total < size:
            parts.append(seed)
            total += len(seed.encode())
    text = "".join(parts)
    data = text.encode()[:size]
    return data.decode("utf-8", errors="ignore")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def engine_ms(binary, text):
    """Parse + lint time of the same text in-process (`vblint bench`), to
    tell the engine's share of the latency from the server's."""
    with tempfile.TemporaryDirectory() as d:
        pathlib.Path(d, "doc.txt").write_text(text, encoding="utf-8")
        out = subprocess.run([binary, "bench", d, "--min-mb", "5"], capture_output=True, text=True).stdout
    reps = re.search(r"(\d+) repetitions", out)
    lint = re.search(r"lint \(parse \+ all rules\): \d+ MB/s \((\d+) ms", out)
    if not reps or not lint:
        return None
    return int(lint.group(1)) / int(reps.group(1))


def bench(server, name, text, edits, binary):
    uri = f"file:///bench/{name}.txt"
    text = "<!-- vblint-disable-next-line VB501 -->\n" + text
    lines = text.split("\n")
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "vanban", "version": 1, "text": text}}})
    t0 = time.perf_counter()
    diags, arrived = server.wait_publish(uri, 1)
    open_ms = (arrived - t0) * 1000
    lat = []
    version = 1
    for k in range(edits):
        line = (k * 7919) % len(lines)
        col = min(utf16_len(lines[line]), 3)
        version += 1
        if k % 2 == 0:
            change = {"range": {"start": {"line": line, "character": col}, "end": {"line": line, "character": col}}, "text": "x"}
        else:
            prev = ((k - 1) * 7919) % len(lines)
            pcol = min(utf16_len(lines[prev]), 3)
            change = {"range": {"start": {"line": prev, "character": pcol}, "end": {"line": prev, "character": pcol + 1}}, "text": ""}
        t = time.perf_counter()
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}})
        _, arrived = server.wait_publish(uri, version)
        lat.append((arrived - t) * 1000)
    server.send({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}})
    if os.environ.get("BENCH_TRACE"):
        print(name, " ".join(f"{x:.1f}" for x in lat), file=sys.stderr)
    lat.sort()
    p = lambda q: lat[min(len(lat) - 1, int(q * len(lat)))]
    eng = engine_ms(binary, text)
    print(f"{name:>7}: {len(text.encode()):>9} bytes, {len(lines):>6} lines, {len(diags):>4} diagnostics, "
          f"open {open_ms:7.2f} ms | edit→diagnostics over {len(lat)} edits: "
          f"p50 {p(0.5):6.2f} ms  p99 {p(0.99):6.2f} ms  max {lat[-1]:6.2f} ms"
          + (f" | engine parse+lint alone: {eng:6.2f} ms/document" if eng is not None else ""))


def main():
    global CORPUS
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / ".build" / "release" / "vblint"))
    ap.add_argument("--edits", type=int, default=300)
    ap.add_argument("--corpus", default=str(CORPUS), help="folder of real drafts to build the documents from")
    a = ap.parse_args()
    CORPUS = pathlib.Path(a.corpus)
    if not os.access(a.bin, os.X_OK):
        sys.exit(f"no binary at {a.bin}: swift build -c release")
    s = Server(a.bin)
    s.request("initialize", {"processId": None, "capabilities": {}})
    s.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    print(f"binary: {a.bin}")
    print(f"corpus: {CORPUS} ({'found' if CORPUS.is_dir() else 'absent: repeating a sample line'})")
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(f"RSS after initialize: {s.peak_rss_kb('VmRSS') / 1024:.1f} MB")
    # The memory budget: ten 50 KB documents open (different texts).
    files = sorted(glob.glob(str(CORPUS / "*.txt")))
    for k in range(10):
        text = corpus_text(50 * 1024, skip=k * 7) if files else corpus_text(50 * 1024)
        uri = f"file:///bench/ten-{k}.txt"
        s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": {"uri": uri, "languageId": "vanban", "version": 1, "text": text}}})
        s.wait_publish(uri, 1)
    print(f"RSS with ten 50 KB documents open: {s.peak_rss_kb('VmRSS') / 1024:.1f} MB (peak {s.peak_rss_kb() / 1024:.1f} MB)")
    for k in range(10):
        s.send({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": f"file:///bench/ten-{k}.txt"}}})
    bench(s, "50KB", corpus_text(50 * 1024), a.edits, a.bin)
    big = corpus_text(1024 * 1024)
    bench(s, "1MB", big, max(50, a.edits // 3), a.bin)
    # The corpus text holds a few decomposed (NFD) letters, which send the
    # whole draft through the NFC mapping; the same text precomposed:
    if unicodedata.normalize("NFC", big) != big:
        bench(s, "1MB-nfc", unicodedata.normalize("NFC", big), max(50, a.edits // 3), a.bin)
    print(f"peak RSS (VmHWM): {s.peak_rss_kb() / 1024:.1f} MB")
    # The server trims its heap once the client has been idle (300 ms; 3 s
    # while a large document is still open).
    time.sleep(0.6)
    print(f"RSS after 0.6 s idle: {s.peak_rss_kb('VmRSS') / 1024:.1f} MB")
    s.request("shutdown", None)
    s.send({"jsonrpc": "2.0", "method": "exit"})
    print(f"exit code: {s.p.wait(timeout=10)}")


if __name__ == "__main__":
    main()
