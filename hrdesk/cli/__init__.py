"""The ``hrdesk`` command: the GUI without arguments, headless commands otherwise."""
