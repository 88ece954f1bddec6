"""Version 7: a follow-up can be handed over to another officer when the one met has left.

A follow-up after an interaction names the officers who were there, which stays true. When
one of them leaves, the defender follows up with the successor instead (or with the embassy
while nobody is named): ``handed_over`` says so, and ``officer_id`` says with whom (NULL: the
embassy). Requests and commitments need nothing new: their ``officer_id`` simply changes.
"""

VERSION = 7

SQL = """
ALTER TABLE follow_ups ADD COLUMN handed_over INTEGER NOT NULL DEFAULT 0;
ALTER TABLE follow_ups ADD COLUMN officer_id INTEGER REFERENCES officers(id) ON DELETE SET NULL;
"""
