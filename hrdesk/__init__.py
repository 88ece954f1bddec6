"""hrdesk: prepare, safely and offline, to ask foreign embassies for help."""

__version__ = "0.1.0"
