"""services layer of hrdesk."""
