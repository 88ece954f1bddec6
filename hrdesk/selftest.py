"""``hrdesk --self-test``: prove that this installation works, without touching real data.

Creates a throw-away vault in a temporary folder, writes and reads a case, renders a brief in
all five languages, checks the Qt binding (a bad PySide6 crashes Python while the user types),
erases the vault, and exits 0; or prints what failed and exits 1. The
packaged app runs it in CI, so a bundle missing a library, a font or a translation fails there.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hrdesk.domain.languages import LANGUAGES
from hrdesk.vault.folder import VaultFolder

PASSPHRASE = "self-test passphrase"  # noqa: S105 - a throw-away vault


def _steps(root: Path) -> list[tuple[str, Callable[[dict], None]]]:
    def create(state: dict) -> None:
        from hrdesk.vault.vault import Vault

        state["vault"] = Vault.create(VaultFolder(root / "vault"), PASSPHRASE)

    def write_and_read_case(state: dict) -> None:
        from hrdesk.services.cases import CaseService
        from hrdesk.services.demo import example_case

        service = CaseService(state["vault"])
        case_id = service.import_case(example_case())
        case = service.load_case(case_id)
        if case.title != example_case().title or len(case.timeline) != len(example_case().timeline):
            raise AssertionError("the case read back differs from the one written")
        state["case"] = case

    def reopen(state: dict) -> None:
        from hrdesk.vault.vault import Vault

        folder = state["vault"].folder
        state["vault"].close()
        state["vault"] = Vault.unlock(folder, PASSPHRASE)
        report = state["vault"].check()
        if not report.ok:
            raise AssertionError(f"integrity check failed: {report.problems[0]}")

    def reference(state: dict) -> None:
        from hrdesk.reference.content import compare_languages
        from hrdesk.reference.loading import load_library

        problems = compare_languages([load_library(lang) for lang in LANGUAGES])
        if problems:
            raise AssertionError(problems[0])

    def briefs(state: dict) -> None:
        from hrdesk.brief.options import BriefOptions
        from hrdesk.brief.render import render_brief

        for language in LANGUAGES:
            pdf = render_brief(state["case"], BriefOptions(language=language))
            if not pdf.startswith(b"%PDF") or len(pdf) < 2000:
                raise AssertionError(f"the {language} brief is not a PDF")

    def translations(state: dict) -> None:
        from hrdesk.resources import resource_path, translations_path

        missing = [lang for lang in LANGUAGES[1:] if not translations_path(f"hrdesk_{lang}.qm").exists()]
        if missing:
            raise AssertionError(f"compiled translations missing for {', '.join(missing)}")
        if not resource_path("style", "app.qss").is_file():
            raise AssertionError("the style sheet is missing")

    def passphrases(state: dict) -> None:
        # A bundle without zxcvbn's lists or xkcdpass's EFF word list fails here, not at first run.
        from hrdesk.domain.passphrase import GENERATED_WORDS, Strength, assess, generate_passphrase

        if assess("cairo2024").strength >= Strength.FAIR:
            raise AssertionError("the passphrase strength estimate rates a city and a year as fair")
        if len(generate_passphrase().split()) != GENERATED_WORDS:
            raise AssertionError("the suggested passphrase does not have its words")

    def binding(state: dict) -> None:
        from hrdesk.gui.binding_check import binding_problem

        problem = binding_problem()
        if problem:
            raise AssertionError(problem)

    def screens(state: dict) -> None:
        from importlib import import_module

        from hrdesk.gui.screen_list import SCREENS

        for _key, entry in SCREENS:  # imported by name on first visit: a bundle must carry them
            if not hasattr(import_module(entry.module), entry.class_name):
                raise AssertionError(f"{entry.module} has no {entry.class_name}")

    def erase(state: dict) -> None:
        from hrdesk.vault.vault import erase_vault

        vault = state.pop("vault")
        vault.close()
        erase_vault(vault.folder)
        vault.folder.release()
        if vault.folder.exists():
            raise AssertionError("vault files remain after erase")

    return [
        ("create a vault", create),
        ("write and read a case", write_and_read_case),
        ("lock, unlock and check integrity", reopen),
        ("load the reference content in five languages", reference),
        ("render a brief in five languages", briefs),
        ("find the compiled translations and the style sheet", translations),
        ("rate and suggest passphrases", passphrases),
        ("check the Qt binding does not leak references to None", binding),
        ("find every screen of the main window", screens),
        ("erase the vault", erase),
    ]


def run_self_test(out: Callable[[str], None] = print) -> int:
    root = Path(tempfile.mkdtemp(prefix="hrdesk-selftest-"))
    state: dict = {}
    failed = 0
    try:
        for name, step in _steps(root):
            started = time.perf_counter()
            try:
                step(state)
            except Exception as exc:  # report every failure, then carry on where possible
                failed += 1
                out(f"FAIL  {name}: {type(exc).__name__}: {exc}")
                continue
            out(f"ok    {name} ({time.perf_counter() - started:.2f} s)")
    finally:
        vault = state.get("vault")
        if vault is not None:
            vault.close()
            vault.folder.release()
        shutil.rmtree(root, ignore_errors=True)
    out("self-test passed" if not failed else f"self-test FAILED ({failed} step(s))")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(run_self_test())
