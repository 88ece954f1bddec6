"""The Today view: what needs doing this morning in the contact log."""
