"""Version 3: the contact log (embassies, officers, interactions, tracked requests and commitments,
follow-ups) and its full-text index.

The search index lives inside the encrypted database, in contentless FTS5 tables (they hold
only the index, never a second copy of the text). The repository writes them in the same
transaction as the rows, from text folded for search (Arabic vowel marks and Latin accents
removed) so "محمد" finds "مُحَمَّد" and "muller" finds "Müller". ``secure-delete`` makes a
deleted row's words leave the index at once.

``interaction_officers`` and ``interaction_cases`` repeat the interaction's date (and the
officer's embassy), kept in step by triggers, so every history is an index range scan: the
officer's, the embassy's and the case's history, and "last contact", stay fast at 100,000
interactions.
"""

VERSION = 3

SQL = """
CREATE TABLE embassies (
    id INTEGER PRIMARY KEY,
    government TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    contacts TEXT NOT NULL DEFAULT '',
    priorities TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE officers (
    id INTEGER PRIMARY KEY,
    embassy_id INTEGER NOT NULL REFERENCES embassies(id) ON DELETE RESTRICT,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'human_rights',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    secure_handle TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    posting_start TEXT,
    posting_end TEXT,
    status TEXT NOT NULL DEFAULT 'in_post' CHECK (status IN ('in_post', 'left')),
    left_on TEXT,
    successor_id INTEGER REFERENCES officers(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX officers_embassy ON officers(embassy_id, role, posting_start);
CREATE INDEX officers_name ON officers(name COLLATE NOCASE);
CREATE TABLE interactions (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    channel TEXT NOT NULL DEFAULT 'meeting'
        CHECK (channel IN ('meeting', 'call', 'email', 'event', 'site_visit', 'court_hearing')),
    summary TEXT NOT NULL DEFAULT '',
    asked TEXT NOT NULL DEFAULT '',
    committed TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX interactions_date ON interactions(date, id);
CREATE TABLE interaction_officers (
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    officer_id INTEGER NOT NULL REFERENCES officers(id) ON DELETE RESTRICT,
    embassy_id INTEGER NOT NULL,
    date TEXT NOT NULL,
    PRIMARY KEY (interaction_id, officer_id)
) WITHOUT ROWID;
CREATE INDEX interaction_officers_officer ON interaction_officers(officer_id, date, interaction_id);
CREATE INDEX interaction_officers_embassy ON interaction_officers(embassy_id, date, interaction_id);
CREATE TABLE interaction_cases (
    interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    PRIMARY KEY (interaction_id, case_id)
) WITHOUT ROWID;
CREATE INDEX interaction_cases_case ON interaction_cases(case_id, date, interaction_id);
CREATE TRIGGER interactions_date_follows AFTER UPDATE OF date ON interactions BEGIN
    UPDATE interaction_officers SET date = NEW.date WHERE interaction_id = NEW.id;
    UPDATE interaction_cases SET date = NEW.date WHERE interaction_id = NEW.id;
END;
CREATE TRIGGER officers_embassy_follows AFTER UPDATE OF embassy_id ON officers BEGIN
    UPDATE interaction_officers SET embassy_id = NEW.embassy_id WHERE officer_id = NEW.id;
END;
CREATE TABLE tracked_items (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('request', 'commitment')),
    what TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'asked'
        CHECK (status IN ('asked', 'promised', 'in_progress', 'done', 'declined', 'no_answer')),
    embassy_id INTEGER NOT NULL REFERENCES embassies(id) ON DELETE RESTRICT,
    officer_id INTEGER REFERENCES officers(id) ON DELETE SET NULL,
    case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
    interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
    due TEXT,
    status_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tracked_items_embassy ON tracked_items(embassy_id, status);
CREATE INDEX tracked_items_due ON tracked_items(due) WHERE kind = 'commitment' AND due IS NOT NULL
    AND status IN ('promised', 'in_progress');
CREATE TABLE follow_ups (
    id INTEGER PRIMARY KEY,
    interaction_id INTEGER UNIQUE REFERENCES interactions(id) ON DELETE CASCADE,
    item_id INTEGER UNIQUE REFERENCES tracked_items(id) ON DELETE CASCADE,
    due TEXT NOT NULL,
    done_at TEXT,
    CHECK ((interaction_id IS NULL) <> (item_id IS NULL))
);
CREATE INDEX follow_ups_open ON follow_ups(due, id) WHERE done_at IS NULL;
CREATE VIRTUAL TABLE embassies_fts USING fts5(
    text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE VIRTUAL TABLE officers_fts USING fts5(
    text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
CREATE VIRTUAL TABLE interactions_fts USING fts5(
    text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
INSERT INTO embassies_fts(embassies_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO officers_fts(officers_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO interactions_fts(interactions_fts, rank) VALUES ('secure-delete', 1);
"""
