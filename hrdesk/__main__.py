"""``python -m hrdesk``: the same as the ``hrdesk`` command."""

import sys

from hrdesk.cli.main import main

sys.exit(main())
