"""Every UI string is translated into es, fr, ar and ru, and the .ts/.qm files are up to date."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import ROOT


def test_translations_are_complete_and_fresh() -> None:
    done = subprocess.run(
        [sys.executable, "translations/update.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_the_check_catches_an_unfinished_string(tmp_path) -> None:
    sys.path.insert(0, str(ROOT / "translations"))
    try:
        import update
    finally:
        sys.path.pop(0)
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="es">'
        "<context><name>C</name>"
        "<message><source>Done</source><translation>Hecho</translation></message>"
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        '<message numerus="yes"><source>%n days</source><translation><numerusform>%n día</numerusform>'
        "<numerusform></numerusform></translation></message></context></TS>",
        encoding="utf-8",
    )
    assert update.unfinished(ts) == ["Open", "%n days"]
