"""Version 6: the people a case names, apart from institutions.

Each person has a name, other spellings of it in any script (a JSON list), a role and whether
they are protected (replaced by a pseudonym in printouts). Existing cases get an empty list:
their names stay in the people fields, which redaction still reads.
"""

VERSION = 6

SQL = """
CREATE TABLE case_people (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    variants TEXT NOT NULL DEFAULT '[]',
    role TEXT NOT NULL CHECK (role IN ('at_risk', 'witness', 'family', 'contact', 'perpetrator')),
    protected INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (case_id, position)
);
"""
