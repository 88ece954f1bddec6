"""Version 5: what page 1 of a brief needs to be read in one minute (the "at a glance" box).

Three texts on the case's request: what the embassy must not do (name the source, raise the
case publicly...), the safe way to reach the defender, and who can confirm the facts.
Existing cases get empty texts.
"""

VERSION = 5

SQL = """
ALTER TABLE cases ADD COLUMN please_do_not TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN safe_channel TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN confirmed_by TEXT NOT NULL DEFAULT '';
"""
