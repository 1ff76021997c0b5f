"""Helpers for command-line tests: run the built `byline` in an isolated home."""

import json
import os
import shutil
import subprocess
import tempfile
import unittest

BYLINE = os.environ.get("BYLINE", "byline")


class BylineTestCase(unittest.TestCase):
    """Each test gets its own HOME/XDG dirs and database, and no display."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="byline-cli-")
        self.db = os.path.join(self.tmp, "test.db")
        self.env = dict(os.environ)
        for var in ("DISPLAY", "WAYLAND_DISPLAY", "BYLINE_DB", "BYLINE_PASSWORD"):
            self.env.pop(var, None)
        self.env["HOME"] = self.tmp
        self.env["XDG_DATA_HOME"] = os.path.join(self.tmp, "data")
        self.env["XDG_CONFIG_HOME"] = os.path.join(self.tmp, "config")
        self.env["XDG_CACHE_HOME"] = os.path.join(self.tmp, "cache")
        self.env["LC_ALL"] = "C.UTF-8"

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def run_byline(self, *args, stdin=None, db=True, check=None, env=None, cwd=None):
        argv = [BYLINE]
        if db:
            argv += ["--db", self.db]
        argv += list(args)
        proc = subprocess.run(argv, input=stdin, capture_output=True, text=True,
                              env=env or self.env, timeout=120, cwd=cwd)
        if check is not None:
            self.assertEqual(proc.returncode, check,
                             f"byline {' '.join(args)} exited {proc.returncode}\n"
                             f"stdout: {proc.stdout}\nstderr: {proc.stderr}")
        return proc

    def run_json(self, *args, **kwargs):
        proc = self.run_byline(*args, check=0, **kwargs)
        return json.loads(proc.stdout)
