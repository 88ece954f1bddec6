"""Packaging: the metadata is in pyproject.toml; this file only ships the two data folders.

``resources/`` and ``translations/`` stay at the top of the repository (the reference content,
fonts and Linguist sources are edited there, and moving them would collide with every branch
that edits them). An installed app needs them inside the package, so setuptools maps them to
``hrdesk/data`` and ``hrdesk/data/locale`` in the wheel (``package_dir``). pyproject.toml alone
cannot say this: its package finder and an explicit package list cannot be combined, and an
explicit list would silently drop every new sub-package of ``hrdesk``.
"""

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

DATA_PACKAGES = {"hrdesk.data": "resources", "hrdesk.data.locale": "translations"}


class BuildPy(build_py):
    """Data folders carry data only: translations/update.py is a developer tool, not app code."""

    def find_package_modules(self, package: str, package_dir: str) -> list:
        if package in DATA_PACKAGES:
            return []
        return super().find_package_modules(package, package_dir)


setup(
    packages=[*find_packages(include=["hrdesk", "hrdesk.*"]), *DATA_PACKAGES],
    package_dir=DATA_PACKAGES,
    # Everything under resources/ (fonts with their licence, reference, brief texts, style, icons);
    # only the compiled catalogues from translations/ (the .ts sources and glossaries stay behind).
    package_data={"hrdesk.data": ["**/*"], "hrdesk.data.locale": ["*.qm"]},
    cmdclass={"build_py": BuildPy},
)
