from pathlib import Path

import pytest

from hrdesk.settings import IDLE_MINUTES, LANGUAGE, Settings


def test_defaults_and_round_trip(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.json")
    assert settings.get(IDLE_MINUTES) == 5
    settings.set(IDLE_MINUTES, 12)
    settings.set(LANGUAGE, "ar")
    again = Settings(tmp_path / "s.json")
    assert again.get(IDLE_MINUTES) == 12 and again.get(LANGUAGE) == "ar"


def test_unknown_keys_and_wrong_types_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"idle_minutes": "ten", "case_title": "secret", "language": "fr"}')
    settings = Settings(path)
    assert settings.get(IDLE_MINUTES) == 5 and settings.get(LANGUAGE) == "fr"
    settings.set(LANGUAGE, "es")
    assert "secret" not in path.read_text()


def test_damaged_file_falls_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(b"\x00\xff{{")
    assert Settings(path).get(IDLE_MINUTES) == 5


def test_wrong_type_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TypeError):
        Settings(tmp_path / "s.json").set(IDLE_MINUTES, "5")
