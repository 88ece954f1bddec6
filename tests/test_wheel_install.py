"""A wheel installed outside the source tree must carry everything the app reads at run time."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # Built as a user would (`pip wheel .`, with the build backend pyproject.toml asks for).
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", out, ROOT],
        check=True,
        capture_output=True,
        cwd=out,
    )
    (built,) = out.glob("hrdesk-*.whl")
    return built


def test_wheel_holds_resources_and_compiled_translations_only(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("en", "es", "fr", "ar", "ru"):
        assert f"hrdesk/data/reference/{language}.json" in names
        assert f"hrdesk/data/brief/{language}.json" in names
        assert f"hrdesk/data/locale/hrdesk_{language}.qm" in names
    assert "hrdesk/data/style/app.qss" in names
    assert "hrdesk/data/fonts/OFL.txt" in names  # the fonts' licence travels with them
    assert not any(name.endswith(".ts") or name.endswith("update.py") for name in names)


def test_installed_wheel_passes_self_test(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", site, wheel],
        check=True,
        capture_output=True,
    )
    # Only the installed copy of hrdesk is importable (not the checkout); its dependencies come
    # from the test environment.
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("HRDESK_TEST_FAST_KDF")  # an installed app refuses it (see the test below)
    probe = subprocess.run(
        [sys.executable, "-c", "import hrdesk; print(hrdesk.__file__)"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip().startswith(str(site))
    result = subprocess.run(
        [sys.executable, "-m", "hrdesk", "--self-test"], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout


def test_installed_app_refuses_the_test_suites_cheap_kdf(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", site, wheel],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(site), "HRDESK_TEST_FAST_KDF": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "hrdesk", "init", "--vault", str(tmp_path / "v")],
        input="correct horse battery\n", env=env, cwd=tmp_path, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.startswith("hrdesk: HRDESK_TEST_FAST_KDF is set") and done.stderr.count("\n") == 1
    assert not (tmp_path / "v" / "keyslots.json").exists()
