"""dialogs of the hrdesk GUI."""
