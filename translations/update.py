"""Refresh the Qt Linguist files from the code and compile them (``make translations``).

``--check`` changes nothing: it reports .ts files that are stale relative to the code,
.qm files stale relative to their .ts, and unfinished or empty translations (the tests run it).
Locations are left out of the .ts files so that moving code does not make them stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
# English needs a file too, holding only the plural forms ("1 event", "2 events") of %n strings.
LANGUAGES = ("en", "es", "fr", "ar", "ru")
_MARKERS = ("tr(", "translate(")


def _tool(name: str) -> str:
    for candidate in (Path(sys.executable).parent / name, Path(sys.executable).parent / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    """Every module of the package that holds a translatable string."""
    files = sorted((ROOT / "hrdesk").rglob("*.py"))
    return [str(p.relative_to(ROOT)) for p in files if any(m in p.read_text("utf-8") for m in _MARKERS)]


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"hrdesk_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"hrdesk_{language}.qm"


def lupdate(ts: Path, language: str) -> None:
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none", "-silent",
         *(["-pluralonly"] if language == "en" else []), "-target-language", language, "-ts", str(ts)],
        cwd=ROOT, check=True,
    )  # fmt: skip


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def unfinished(ts: Path) -> list[str]:
    """Source texts whose translation is missing, empty or marked unfinished."""
    problems = []
    root = ET.parse(ts).getroot()  # noqa: S314 - our own files, not untrusted input
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            problems.append(source)
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
            f.strip() for f in forms
        ):
            problems.append(source)
    return problems


def check() -> list[str]:
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts = ts_path(language)
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            fresh = ts_path(language, Path(tmp))
            shutil.copy(ts, fresh)
            lupdate(fresh, language)
            if fresh.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} is stale: run 'make translations'")
            compiled = qm_path(language, Path(tmp))
            lrelease(ts, compiled)
            if not qm_path(language).exists() or compiled.read_bytes() != qm_path(language).read_bytes():
                problems.append(f"{qm_path(language).name} is stale or missing: run 'make translations'")
            problems += [f"{ts.name}: unfinished: {text!r}" for text in unfinished(ts)]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report problems, change nothing")
    args = parser.parse_args()
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations are complete and up to date")
        return 1 if problems else 0
    for language in LANGUAGES:
        lupdate(ts_path(language), language)
        lrelease(ts_path(language), qm_path(language))
        print(f"{ts_path(language).name}: {len(unfinished(ts_path(language)))} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
