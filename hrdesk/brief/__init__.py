"""brief layer of hrdesk."""
