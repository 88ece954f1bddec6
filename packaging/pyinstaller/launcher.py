"""Entry point of the bundled app (PyInstaller needs a script, not a module)."""

import sys

from hrdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
