"""vault layer of hrdesk."""
