#!/usr/bin/env python3
"""Live-preview latency of `sopbook serve` against `mdbook serve`.

Generates a book of N pages of SOP text (made from ../shared/corpus when it
is there, converted to Markdown in a temporary folder: nothing is written
to the repository), starts each server on a free 127.0.0.1 port, edits one
page's body E times, and reports the time from the end of the file write to
(a) the new text being served and (b) the browser notification (sopbook:
Server-Sent Events; mdbook: its livereload WebSocket). Standard library only.
"""

import argparse, base64, http.client, json, os, random, re, shutil, socket
import statistics, subprocess, sys, tempfile, threading, time
from pathlib import Path

FILLER = """The {svc} service runs on {host}. When the on-call engineer is paged
for it, first check that the service answers, then read its logs.

## Check the service

    $ systemctl status {svc}
    $ journalctl -u {svc} --since -1h

If the service is down, restart it and watch the logs for a minute.

## Escalate

Contact the {svc} owners in #ops-{svc} if a restart does not help.
"""


def corpus_texts(corpus):
    texts = []
    if corpus and Path(corpus).is_dir():
        for p in sorted(Path(corpus).rglob("*")):
            if p.suffix in (".rst", ".txt", ".md") and p.is_file():
                try:
                    texts.append(to_markdown(p.read_text(encoding="utf-8")))
                except UnicodeDecodeError:
                    pass
    if not texts:
        svcs = ["koji", "bodhi", "pagure", "mirrorlist", "nagios", "dns", "proxy"]
        texts = [FILLER.format(svc=s, host=f"{s}01.example.test") for s in svcs]
    return texts


UNDERLINE = re.compile(r"^([=\-~^\"'`#*+.:_])\1{2,}\s*$")


def to_markdown(text):
    """RST-ish plain text to Markdown: underlined titles become ## headings,
    directives and HTML-looking brackets are neutralised."""
    lines = text.splitlines()
    out, i, levels = [], 0, []
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if UNDERLINE.match(line) and i + 2 < len(lines) and UNDERLINE.match(lines[i + 2]):
            i += 1  # overline: the title and underline follow
            continue
        if line.strip() and UNDERLINE.match(nxt) and len(nxt.strip()) >= len(line.strip()) - 1:
            ch = nxt.strip()[0]
            if ch not in levels:
                levels.append(ch)
            level = min(2 + levels.index(ch), 6)
            out.append("#" * level + " " + line.strip().strip("*"))
            i += 2
            continue
        out.append(line.replace("<", "&lt;").replace("[", "\\["))
        i += 1
    return "\n".join(out) + "\n"


def generate(root, pages, texts, sop_toml, md_toml):
    """The same book twice: root/sop (sopbook) and root/md (mdbook)."""
    teams = max(1, pages // 100)
    src = root / "sop" / "src"
    src.mkdir(parents=True)
    summary = ["# Summary", "", "[Introduction](README.md)", ""]
    (src / "README.md").write_text("# Operations handbook\n\nStandard operating procedures.\n")
    n = 0
    for t in range(teams):
        team = f"team-{t:02d}"
        (src / team).mkdir()
        (src / team / "README.md").write_text(f"# Team {t:02d}\n\nProcedures of team {t:02d}.\n")
        summary.append(f"- [Team {t:02d}]({team}/README.md)")
        count = pages // teams + (1 if t < pages % teams else 0)
        for _ in range(count):
            title = f"SOP {n:04d}: procedure {n}"
            body = texts[n % len(texts)]
            (src / team / f"sop-{n:04d}.md").write_text(f"# {title}\n\n{body}\n")
            summary.append(f"  - [{title}]({team}/sop-{n:04d}.md)")
            n += 1
    (src / "SUMMARY.md").write_text("\n".join(summary) + "\n")
    (root / "sop" / "book.toml").write_text(sop_toml)
    shutil.copytree(root / "sop", root / "md")
    (root / "md" / "book.toml").write_text(md_toml)
    return n


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path, timeout=5):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        c.request("GET", path)
        r = c.getresponse()
        return r.status, r.read()
    finally:
        c.close()


def wait_ready(port, path, proc, limit):
    start = time.time()
    while time.time() - start < limit:
        if proc.poll() is not None:
            sys.exit(f"server exited with {proc.returncode}")
        try:
            if get(port, path)[0] == 200:
                return time.time() - start
        except OSError:
            pass
        time.sleep(0.1)
    sys.exit(f"server on {port} not ready after {limit} s")


class Notices:
    """Arrival times of browser notifications, read in a thread."""

    def __init__(self):
        self.times = []
        self.cond = threading.Condition()

    def add(self):
        with self.cond:
            self.times.append(time.perf_counter())
            self.cond.notify_all()

    def settle(self, quiet, limit):
        """Waits until no notice came for `quiet` seconds (a slow server may
        still be rebuilding for an earlier save)."""
        end = time.perf_counter() + limit
        while time.perf_counter() < end:
            with self.cond:
                last = self.times[-1] if self.times else 0
            if time.perf_counter() - last >= quiet:
                return
            time.sleep(0.05)

    def first_after(self, t0, timeout):
        end = time.perf_counter() + timeout
        with self.cond:
            while True:
                later = [t for t in self.times if t >= t0]
                if later:
                    return later[0]
                left = end - time.perf_counter()
                if left <= 0:
                    return None
                self.cond.wait(left)


def sse_reader(port, page, notices):
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("GET", "/__sopbook/events")
    r = c.getresponse()
    for raw in r:
        line = raw.decode().rstrip("\n")
        if line.startswith("data: "):
            m = json.loads(line[6:])
            if m.get("all") or page in m.get("pages", []):
                notices.add()


def ws_reader(port, notices):
    """mdbook closes its socket after each reload: connect again."""
    while True:
        try:
            ws_session(port, notices)
        except (EOFError, OSError):
            time.sleep(0.02)


def ws_session(port, notices):
    s = socket.create_connection(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall(
        (f"GET /__livereload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
         f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    buf = b""
    while b"\r\n\r\n" not in buf:
        buf += s.recv(4096)
    buf = buf.split(b"\r\n\r\n", 1)[1]

    def need(n):
        nonlocal buf
        while len(buf) < n:
            chunk = s.recv(4096)
            if not chunk:
                raise EOFError
            buf += chunk

    while True:
        need(2)
        op, ln = buf[0] & 0x0F, buf[1] & 0x7F
        head = 2
        if ln == 126:
            need(4); ln = int.from_bytes(buf[2:4], "big"); head = 4
        elif ln == 127:
            need(10); ln = int.from_bytes(buf[2:10], "big"); head = 10
        need(head + ln)
        payload, buf = buf[head:head + ln], buf[head + ln:]
        if op == 1 and b"reload" in payload:
            notices.add()


def search_manifest(port):
    """sopbook's search manifest, or None when the site has none."""
    status, body = get(port, "/search/manifest.js")
    return body if status == 200 else None


def wait_changed(port, before, t0, timeout):
    """Seconds from t0 until the search manifest differs from `before`."""
    while time.perf_counter() - t0 < timeout:
        if search_manifest(port) != before:
            return time.perf_counter() - t0
        time.sleep(0.005)
    return None


def measure(name, port, page_url, page_file, notices, edits, timeout, quiet):
    served, told, indexed = [], [], []
    text = page_file.read_text()
    for k in range(edits):
        manifest = search_manifest(port) if name == "sopbook" else None
        marker = f"Edit marker {name}-{k}-{random.randrange(10**9)}."
        body = text + f"\n{marker}\n"
        with open(page_file, "w") as f:
            f.write(body)
        t0 = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        ta = None
        while time.perf_counter() - t0 < timeout:
            conn.request("GET", page_url)
            r = conn.getresponse()
            data = r.read()
            if marker.encode() in data:
                ta = time.perf_counter()
                break
            time.sleep(0.002)
        conn.close()
        tb = notices.first_after(t0, max(0.1, timeout - (time.perf_counter() - t0)))
        if ta is None or tb is None:
            print(f"  {name} edit {k}: timed out after {timeout} s", flush=True)
            continue
        served.append((ta - t0) * 1000)
        told.append((tb - t0) * 1000)
        # The search index follows the page (the marker adds new words).
        ti = wait_changed(port, manifest, t0, timeout) if manifest else None
        extra = ""
        if ti is not None:
            indexed.append(ti * 1000)
            extra = f", search index {indexed[-1]:8.1f} ms"
        print(f"  {name} edit {k:2d}: served {served[-1]:8.1f} ms, told {told[-1]:8.1f} ms{extra}",
              flush=True)
        notices.settle(quiet, timeout)
    page_file.write_text(text)
    if indexed:
        m, w = stats(indexed)
        print(f"  {name} search index updated: median {m:.1f} ms, worst {w:.1f} ms", flush=True)
    return served, told


def run_server(name, cmd, cwd, port, ready_path, page_url, page_file, reader, edits, timeout,
               quiet):
    log = open(cwd.parent / f"{name}.log", "w")
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    try:
        took = wait_ready(port, ready_path, proc, 600)
        print(f"{name}: first build and serve ready in {took:.1f} s", flush=True)
        notices = Notices()
        threading.Thread(target=reader, args=(notices,), daemon=True).start()
        time.sleep(0.5)
        return measure(name, port, page_url, page_file, notices, edits, timeout, quiet)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def stats(xs):
    return (statistics.median(xs), max(xs)) if xs else (float("nan"), float("nan"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--edits", type=int, default=20)
    ap.add_argument("--mdbook-edits", type=int, default=None)
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--sopbook", required=True)
    ap.add_argument("--mdbook", default=None)
    ap.add_argument("--keep", action="store_true")
    a = ap.parse_args()
    a.sopbook = str(Path(a.sopbook).resolve())
    if a.mdbook:
        a.mdbook = str(Path(a.mdbook).resolve())
    work = Path(tempfile.mkdtemp(prefix="sopbook-serve-bench-"))
    texts = corpus_texts(a.corpus)
    sop_toml = '[book]\ntitle = "Bench"\nsrc = "src"\n\n[build]\nallow-broken-links = true\n'
    md_toml = '[book]\ntitle = "Bench"\nsrc = "src"\n'
    n = generate(work, a.pages, texts, sop_toml, md_toml)
    mid = n // 2

    rel = next((work / "sop" / "src").glob(f"*/sop-{mid:04d}.md")).relative_to(work / "sop" / "src")
    print(f"book: {n} pages from {len(texts)} source texts in {work}; editing {rel}", flush=True)
    results = {}
    port = free_port()
    page_html = "/" + str(rel.with_suffix(".html"))
    results["sopbook"] = run_server(
        "sopbook", [a.sopbook, "serve", ".", "--port", str(port)], work / "sop", port,
        "/index.html", page_html, work / "sop" / "src" / rel,
        lambda nt: sse_reader(port, str(rel.with_suffix(".html")), nt), a.edits, 30, 0.3)
    if a.mdbook:
        mport = free_port()
        results["mdbook"] = run_server(
            "mdbook", [a.mdbook, "serve", ".", "--port", str(mport), "--hostname", "127.0.0.1",
                       "--watcher", "native"],
            work / "md", mport, "/index.html", page_html, work / "md" / "src" / rel,
            lambda nt: ws_reader(mport, nt), a.mdbook_edits or a.edits, 300, 3.0)
    print()
    print(f"{'server':8} {'edits':>5} {'served median':>14} {'served worst':>13} {'told median':>12} {'told worst':>11}")
    for name, (served, told) in results.items():
        sm, sw = stats(served)
        tm, tw = stats(told)
        print(f"{name:8} {len(served):5d} {sm:11.1f} ms {sw:10.1f} ms {tm:9.1f} ms {tw:8.1f} ms")
    if "mdbook" in results and results["mdbook"][0] and results["sopbook"][0]:
        ratio = stats(results["mdbook"][0])[0] / stats(results["sopbook"][0])[0]
        ratio_b = stats(results["mdbook"][1])[0] / stats(results["sopbook"][1])[0]
        print(f"mdbook / sopbook median: served {ratio:.0f}x, told {ratio_b:.0f}x")
    s = results["sopbook"]
    ok = s[0] and stats(s[0])[0] < 100 and stats(s[1])[0] < 100 and max(s[0] + s[1]) < 250
    print(f"target (median < 100 ms, worst < 250 ms): {'met' if ok else 'NOT met'}")
    if not a.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
