"""gui layer of hrdesk."""
