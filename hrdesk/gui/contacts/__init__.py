"""The contact log: embassies, officers, interactions, the tracker, search, and their pages."""
