"""The Contacts screen (see hrdesk.gui.contacts)."""

from hrdesk.gui.contacts.screen import ContactsScreen

__all__ = ["ContactsScreen"]
