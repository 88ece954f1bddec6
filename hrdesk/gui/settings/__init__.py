"""The Settings feature of the GUI: the settings screen (its safety part is in gui.safety)."""
