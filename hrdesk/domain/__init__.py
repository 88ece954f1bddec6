"""domain layer of hrdesk."""
