"""Refresh the Qt Linguist files from the code and compile them (``make translations``).

``--check`` changes nothing: it reports .ts files that are stale relative to the code,
.qm files stale relative to their .ts, and unfinished or empty translations (the tests run it).
Locations are left out of the .ts files so that moving code does not make them stale.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout: the languages come from the package

from hrdesk.domain.languages import LANGUAGES  # noqa: E402  (English needs a file too: plural forms)

TRANSLATIONS = ROOT / "translations"
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
    root = ET.parse(ts).getroot()  # noqa: S314 - our own files, not untrusted input
    return [text for message in root.iter("message") for text in unfinished_in(message)]


def export_unfinished(language: str, out: Path) -> int:
    """Write the unfinished messages of one language as a JSON list, for a translator to fill in
    (each item gets a "translation": a string, or a list of plural forms)."""
    items = []
    for context in ET.parse(ts_path(language)).getroot().iter("context"):  # noqa: S314 - our file
        for message in context.iter("message"):
            if (message.findtext("source") or "") in unfinished_in(message):
                items.append(
                    {
                        "context": context.findtext("name"),
                        "source": message.findtext("source"),
                        "comment": message.findtext("comment") or "",
                        "numerus": message.get("numerus") == "yes",
                    }
                )
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(items)


def import_translations(language: str, source: Path) -> int:
    """Put the translations of a filled-in JSON list into the .ts file (then run lupdate/lrelease)."""
    wanted = {(i["context"], i["source"]): i["translation"] for i in json.loads(source.read_text("utf-8"))}
    tree = ET.parse(ts_path(language))  # noqa: S314 - our own file
    done = 0
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            value = wanted.get((context.findtext("name"), message.findtext("source")))
            translation = message.find("translation")
            if value is None or translation is None:
                continue
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if isinstance(value, list):
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            done += 1
    tree.write(ts_path(language), encoding="utf-8", xml_declaration=True)
    lupdate(ts_path(language), language)  # back to lupdate's own layout
    lrelease(ts_path(language), qm_path(language))
    return done


def unfinished_in(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    source = message.findtext("source") or ""
    if translation is None:
        return [source]
    forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
    if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
        return [source]
    return []


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
    parser.add_argument("--export-unfinished", nargs=2, metavar=("LANG", "FILE.json"))
    parser.add_argument("--import-json", nargs=2, metavar=("LANG", "FILE.json"))
    args = parser.parse_args()
    if args.export_unfinished:
        print(
            export_unfinished(args.export_unfinished[0], Path(args.export_unfinished[1])), "messages written"
        )
        return 0
    if args.import_json:
        print(import_translations(args.import_json[0], Path(args.import_json[1])), "messages imported")
        return 0
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
