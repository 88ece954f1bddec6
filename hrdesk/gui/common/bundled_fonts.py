"""The app's own Arabic font, used explicitly for Arabic text (issue #13).

Left to the system, Qt picks whatever font has Arabic, and when asked for a style that font
lacks (italic) it may synthesise one or fall back to a font with no Arabic at all: the
Reference's lead paragraphs showed empty boxes. The Noto Naskh Arabic files shipped for the
brief (``resources/fonts/``) are loaded into Qt once, and Arabic reading text names that
family explicitly, in upright and bold only.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from hrdesk.resources import resource_path

ARABIC_FILES = ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")

_families: list[str] = []


def load_arabic_fonts() -> list[str]:
    """Load the bundled Arabic fonts (once); their family names, best first."""
    if not _families:
        for filename in ARABIC_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", filename)))
            for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
                if family not in _families:
                    _families.append(family)
    return list(_families)


def arabic_font_css() -> str:
    """A CSS ``font-family`` value naming the bundled Arabic font first (for rich text)."""
    names = [*load_arabic_fonts(), "sans-serif"]
    return ", ".join(f"'{name}'" if name != "sans-serif" else name for name in names)
