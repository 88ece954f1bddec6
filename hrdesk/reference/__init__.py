"""reference layer of hrdesk."""
