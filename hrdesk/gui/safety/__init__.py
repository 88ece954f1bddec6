"""The GUI side of data safety: lock and hide, emergency erase, the attempt limit, automatic backups."""
