"""screens of the hrdesk GUI."""
