#!/usr/bin/env python3
"""Publishing and pulling, Byline against curl doing the same requests.

Starts its own WordPress with build-aux/wordpress (unless BYLINE_WP_URL is
set), seeds 500 posts, then times, in the same run:

  publish-one-image  `byline publish` of a new story with a new image, and
                     one curl process making the same ten requests
                     (site index and schema, users/me, categories, tags,
                     users, the upload, the two look-ups, the create);
  pull-500           `byline pull` of every post into an empty database,
                     and curl fetching the same pages (terms and users,
                     page 1, then the other pages four at a time).

Each side runs BENCH_RUNS times (default 5); the medians are compared.
Prints rows name<TAB>value<TAB>unit<TAB>target<TAB>ok (build-aux/bench).
"""

import base64
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

BUILD = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def source_root():
    """The tree with build-aux/wordpress: BYLINE_SOURCE_ROOT, or an ancestor."""
    if os.environ.get("BYLINE_SOURCE_ROOT"):
        return os.environ["BYLINE_SOURCE_ROOT"]
    here = os.path.dirname(os.path.abspath(__file__))
    while here != "/":
        if os.path.exists(os.path.join(here, "build-aux", "wordpress")):
            return here
        here = os.path.dirname(here)
    raise SystemExit("bench-publish: cannot find build-aux/wordpress; set BYLINE_SOURCE_ROOT")


ROOT = source_root()
BYLINE = os.environ.get("BYLINE") or os.path.join(BUILD, "src", "byline")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
N_POSTS = 500

SEED_PHP = r"""<?php
$_SERVER['HTTP_HOST'] = parse_url($argv[2], PHP_URL_HOST) . ':' . parse_url($argv[2], PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $argv[1] . '/wp-load.php';
wp_defer_term_counting(true);
for ($i = 1; $i <= (int) $argv[3]; $i++) {
    wp_insert_post(array(
        'post_title' => "Seeded story $i",
        'post_content' => "<!-- wp:heading --><h2>Part $i</h2><!-- /wp:heading -->\n<p>Paragraph one of story $i, "
            . str_repeat("with words ", 40) . "</p>\n<blockquote><p>A quote $i</p></blockquote>\n<p>The end.</p>",
        'post_status' => 'publish',
        'post_author' => 2,
    ));
}
"""


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def png(red):
    import struct
    import zlib
    raw = b"".join(b"\x00" + bytes([red, 90, 30]) * 64 for _ in range(64))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def timed(argv, env, stdin=None):
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, input=stdin, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} {' '.join(argv[1:4])}… exited {proc.returncode}: {proc.stderr[-500:]}")
    return elapsed, proc.stdout


def main():
    started = None
    if not os.environ.get("BYLINE_WP_URL"):
        log("starting WordPress…")
        started = subprocess.run([os.path.join(ROOT, "build-aux", "wordpress"), "start"],
                                 capture_output=True, text=True, check=True).stdout.strip()
        with open(os.path.join(started, "env")) as f:
            for line in f:
                if "=" in line and not line.startswith(("#", "export")):
                    key, value = line.strip().split("=", 1)
                    os.environ[key] = value.strip("'")
    url = os.environ["BYLINE_WP_URL"]
    password = os.environ["BYLINE_WP_EDITOR_PASSWORD"]
    tmp = tempfile.mkdtemp(prefix="byline-bench-publish-")
    env = dict(os.environ, BYLINE_PASSWORD=password, HOME=tmp, XDG_DATA_HOME=tmp, LC_ALL="C.UTF-8")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env.pop("DISPLAY", None)
    try:
        seed = os.path.join(tmp, "seed.php")
        with open(seed, "w") as f:
            f.write(SEED_PHP)
        log(f"seeding {N_POSTS} posts…")
        subprocess.run(["php", seed, os.environ["BYLINE_WP_DOCROOT"], url, str(N_POSTS)], check=True)

        db = os.path.join(tmp, "publish.db")
        subprocess.run([BYLINE, "--db", db, "account", "add", url, "--user", "editor", "--name", "site"],
                       env=env, check=True, capture_output=True)
        api = url + "/wp-json/"
        auth = "editor:" + password
        rows = []

        # Publishing one story with one image.
        byline_times, curl_times = [], []
        for i in range(RUNS):
            image = os.path.join(tmp, f"photo-{i}.png")
            with open(image, "wb") as f:
                f.write(png(i * 30 % 256))
            story = {"headline": f"Bench story {i} {time.time()}", "body": "## Sub\n\nText.\n\n> Quote\n",
                     "section": "Uncategorized", "featured_image": {"path": image, "alt": "Alt", "caption": "Cap"}}
            path = os.path.join(tmp, "story.json")
            with open(path, "w") as f:
                json.dump(story, f)
            sid = subprocess.run([BYLINE, "--db", db, "new", "--from", path], env=env, check=True,
                                 capture_output=True, text=True).stdout.strip()
            elapsed, _ = timed([BYLINE, "--db", db, "publish", sid, "--status", "publish", "--json"], env)
            byline_times.append(elapsed)

            image2 = os.path.join(tmp, f"photo-curl-{i}.png")
            with open(image2, "wb") as f:
                f.write(png((i * 30 + 15) % 256))
            slug = f"curl-bench-{i}-{int(time.time() * 1000)}"
            body = json.dumps({"title": story["headline"], "content": "<h2>Sub</h2><p>Text.</p>", "status": "publish",
                               "slug": slug, "featured_media": 0})
            argv = ["curl", "-sS", "-f", "-o", "/dev/null", "-u", auth, f"{api}?_fields=name,description,url,home,gmt_offset,timezone_string"]
            for method, rest, extra in (
                    ("OPTIONS", "wp/v2/posts", []),
                    ("GET", "wp/v2/users/me?context=edit", []),
                    ("GET", "wp/v2/categories?per_page=100", []),
                    ("GET", "wp/v2/tags?per_page=100", []),
                    ("GET", "wp/v2/users?per_page=100", []),
                    ("POST", "wp/v2/media?alt_text=Alt&caption=Cap",
                     ["-H", "Content-Type: image/png", "-H", "Content-Disposition: attachment; filename=\"p.png\"",
                      "-H", "Expect:", "--data-binary", "@" + image2]),
                    ("GET", f"wp/v2/posts?context=edit&status=publish,future,draft,pending,private&slug={slug}", []),
                    ("GET", f"wp/v2/posts?context=edit&status=publish,future,draft,pending,private&search={slug}", []),
                    ("POST", "wp/v2/posts", ["-H", "Content-Type: application/json", "--data", body])):
                argv += ["--next", "-sS", "-f", "-o", "/dev/null", "-u", auth, "-X", method] + extra + [api + rest]
            elapsed, _ = timed(argv, env)
            curl_times.append(elapsed)
        b, c = statistics.median(byline_times), statistics.median(curl_times)
        rows.append(("publish-one-image-byline", f"{b * 1000:.0f}", "ms", "-", "-"))
        rows.append(("publish-one-image-curl", f"{c * 1000:.0f}", "ms", "-", "-"))
        rows.append(("publish-one-image-ratio", f"{b / c:.2f}", "x curl", "<= 1.2", "ok" if b / c <= 1.2 else "FAIL"))

        # Pulling every post.
        with urllib.request.urlopen(urllib.request.Request(
                api + "wp/v2/posts?per_page=100&context=edit&status=publish,future,draft,pending,private",
                headers={"Authorization": "Basic " + base64.b64encode(auth.encode()).decode()})) as answer:
            pages = int(answer.headers["X-WP-TotalPages"])
            total = int(answer.headers["X-WP-Total"])
        byline_times, curl_times = [], []
        for i in range(RUNS):
            pull_db = os.path.join(tmp, f"pull-{i}.db")
            shutil.copy(db, pull_db)
            sqlite = __import__("sqlite3").connect(pull_db)
            sqlite.execute("DELETE FROM articles")
            sqlite.commit()
            sqlite.close()
            elapsed, out = timed([BYLINE, "--db", pull_db, "pull", "--account", "site", "--json"], env)
            assert json.loads(out)["created"] >= N_POSTS, out
            byline_times.append(elapsed)

            start = time.perf_counter()
            q = "per_page=100&context=edit&status=publish,future,draft,pending,private&orderby=id&order=asc"
            first = ["curl", "-sS", "-f", "-o", "/dev/null", "-u", auth, api + "wp/v2/categories?per_page=100"]
            for rest in ("wp/v2/tags?per_page=100", "wp/v2/users?per_page=100", f"wp/v2/posts?{q}&page=1"):
                first += ["--next", "-sS", "-f", "-o", "/dev/null", "-u", auth, api + rest]
            subprocess.run(first, check=True)
            if pages > 1:
                rest_pages = ["curl", "-sS", "-f", "--parallel", "--parallel-max", "4", "-u", auth]
                for page in range(2, pages + 1):
                    rest_pages += ["-o", "/dev/null", f"{api}wp/v2/posts?{q}&page={page}"]
                subprocess.run(rest_pages, check=True)
            curl_times.append(time.perf_counter() - start)
        b, c = statistics.median(byline_times), statistics.median(curl_times)
        rows.append((f"pull-{total}-posts-byline", f"{b * 1000:.0f}", "ms", "-", "-"))
        rows.append((f"pull-{total}-posts-curl", f"{c * 1000:.0f}", "ms", "-", "-"))
        rows.append((f"pull-{total}-posts-ratio", f"{b / c:.2f}", "x curl", "<= 1.2", "ok" if b / c <= 1.2 else "FAIL"))

        for row in rows:
            print("\t".join(row))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if started:
            subprocess.run([os.path.join(ROOT, "build-aux", "wordpress"), "stop", started])


if __name__ == "__main__":
    main()
