"""common of the hrdesk GUI."""
