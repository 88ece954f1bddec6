"""The GUI fixtures (a real controller, recorded message boxes) for the hardening tests."""

from tests.gui.conftest import make_controller, messages  # noqa: F401
