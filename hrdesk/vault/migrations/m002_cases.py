"""Version 2: cases, their requested support, timeline events and prior outreach."""

VERSION = 2

SQL = """
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    at_risk TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    business_involved INTEGER NOT NULL DEFAULT 0,
    security_forces_involved INTEGER NOT NULL DEFAULT 0,
    high_profile INTEGER NOT NULL DEFAULT 0,
    ask TEXT NOT NULL DEFAULT '',
    urgency TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    embassies TEXT NOT NULL DEFAULT '[]',
    officers TEXT,
    why_it_matters TEXT NOT NULL DEFAULT '',
    embassy_can_do TEXT NOT NULL DEFAULT '',
    no_prior_outreach INTEGER NOT NULL DEFAULT 0,
    default_disclosure TEXT NOT NULL DEFAULT 'hand_over'
        CHECK (default_disclosure IN ('hand_over', 'notes_only', 'never')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'archived')),
    deleted_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_updated ON cases(updated_at);
CREATE TABLE case_support (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, kind)
);
CREATE TABLE timeline_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    approximate INTEGER NOT NULL DEFAULT 0,
    end_date TEXT,
    place TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other',
    what TEXT NOT NULL DEFAULT '',
    who TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    disclosure TEXT NOT NULL DEFAULT 'hand_over' CHECK (disclosure IN ('hand_over', 'notes_only', 'never'))
);
CREATE INDEX timeline_events_case ON timeline_events(case_id, date);
CREATE TABLE outreach (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    approximate INTEGER NOT NULL DEFAULT 0,
    institution TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL DEFAULT 'meeting',
    contact TEXT NOT NULL DEFAULT '',
    asked TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    next_step TEXT NOT NULL DEFAULT '',
    disclosure TEXT NOT NULL DEFAULT 'hand_over' CHECK (disclosure IN ('hand_over', 'notes_only', 'never'))
);
CREATE INDEX outreach_case ON outreach(case_id, date);
"""
