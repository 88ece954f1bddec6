"""The Reference screen (see hrdesk.gui.reference)."""

from hrdesk.gui.reference.screen import ReferenceScreen

__all__ = ["ReferenceScreen"]
