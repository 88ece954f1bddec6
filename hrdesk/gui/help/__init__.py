"""Help: the offline help page (F1) and the safety card shown after the vault is created."""
