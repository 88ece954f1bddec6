"""Version 4: the accountability package (Section 7031(c) visa restrictions, Global Magnitsky).

Per case: the people responsible (with what identifies them: aliases, country of birth, date
or approximate year of birth, position or unit), and each act of conduct attributed to one of
them, in one of the categories those tools cover, linked to the case's timeline events and
with notes on the evidence. Deleting a case, a person or an event removes what hangs on it.
"""

VERSION = 4

SQL = """
CREATE TABLE responsible_people (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    full_name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    country_of_birth TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    birth_approximate INTEGER NOT NULL DEFAULT 0,
    position TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX responsible_people_case ON responsible_people(case_id);
CREATE TABLE conduct (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES responsible_people(id) ON DELETE CASCADE,
    category TEXT NOT NULL CHECK (category IN (
        'extrajudicial_killing', 'torture', 'enforced_disappearance', 'arbitrary_detention',
        'rape_under_colour_of_law', 'significant_corruption'
    )),
    description TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT ''
);
CREATE INDEX conduct_person ON conduct(person_id);
CREATE TABLE conduct_events (
    conduct_id INTEGER NOT NULL REFERENCES conduct(id) ON DELETE CASCADE,
    event_id INTEGER NOT NULL REFERENCES timeline_events(id) ON DELETE CASCADE,
    PRIMARY KEY (conduct_id, event_id)
);
CREATE INDEX conduct_events_event ON conduct_events(event_id);
"""
