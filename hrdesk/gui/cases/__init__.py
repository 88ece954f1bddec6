"""The Cases feature of the GUI: the list of cases and the case preparation wizard."""
