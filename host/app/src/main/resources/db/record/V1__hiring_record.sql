-- The hiring record (docs/record.md). Runs unchanged on SQLite and PostgreSQL: text ids made
-- by the application, times as ISO-8601 UTC text (yyyy-MM-ddTHH:mm:ss.SSSZ), dates as YYYY-MM-DD.

CREATE TABLE candidate (
  id        TEXT PRIMARY KEY,
  name_key  TEXT NOT NULL UNIQUE,
  name      TEXT NOT NULL,
  email     TEXT,
  created   TEXT NOT NULL
);
CREATE INDEX candidate_email ON candidate (email);

CREATE TABLE interviewer (
  name_key  TEXT PRIMARY KEY,
  name      TEXT NOT NULL
);

CREATE TABLE loop (
  id              TEXT PRIMARY KEY,
  candidate_id    TEXT NOT NULL REFERENCES candidate (id),
  candidate_name  TEXT NOT NULL,
  role            TEXT NOT NULL,
  loop_date       TEXT NOT NULL,
  seed            BIGINT NOT NULL,
  folder          TEXT NOT NULL,
  plugin          TEXT NOT NULL,
  plugin_version  TEXT NOT NULL,
  created         TEXT NOT NULL,
  updated         TEXT NOT NULL,
  decision        TEXT,
  decided         TEXT
);
CREATE INDEX loop_candidate ON loop (candidate_id);
CREATE INDEX loop_date ON loop (loop_date);

CREATE TABLE round (
  loop_id         TEXT NOT NULL REFERENCES loop (id),
  round_id        TEXT NOT NULL,
  number          INTEGER NOT NULL,
  title           TEXT NOT NULL,
  interviewer_key TEXT REFERENCES interviewer (name_key),
  scored          TEXT NOT NULL,
  PRIMARY KEY (loop_id, round_id)
);

CREATE TABLE asked (
  loop_id     TEXT NOT NULL REFERENCES loop (id),
  round_id    TEXT NOT NULL,
  position    INTEGER NOT NULL,
  question_id TEXT NOT NULL,
  bank        TEXT NOT NULL,
  assesses    TEXT NOT NULL,
  PRIMARY KEY (loop_id, round_id, position)
);
CREATE INDEX asked_question ON asked (question_id);

CREATE TABLE loop_file (
  loop_id  TEXT NOT NULL REFERENCES loop (id),
  name     TEXT NOT NULL,
  path     TEXT NOT NULL,
  sha256   TEXT NOT NULL,
  bytes    BIGINT NOT NULL,
  written  TEXT NOT NULL,
  PRIMARY KEY (loop_id, name)
);
CREATE INDEX loop_file_path ON loop_file (path);

CREATE TABLE scorecard (
  id              TEXT PRIMARY KEY,
  loop_id         TEXT NOT NULL REFERENCES loop (id),
  round_id        TEXT NOT NULL,
  version         INTEGER NOT NULL,
  file            TEXT NOT NULL,
  sha256          TEXT NOT NULL,
  content         TEXT NOT NULL,
  interviewer     TEXT NOT NULL,
  recommendation  TEXT NOT NULL,
  takeaways       TEXT NOT NULL,
  source          TEXT NOT NULL,
  arrived         TEXT NOT NULL,
  UNIQUE (loop_id, round_id, version)
);

CREATE TABLE score (
  scorecard_id  TEXT NOT NULL REFERENCES scorecard (id),
  competency    TEXT NOT NULL,
  score         TEXT NOT NULL,
  evidence      TEXT NOT NULL,
  raise_text    TEXT NOT NULL,
  PRIMARY KEY (scorecard_id, competency)
);

CREATE TABLE audit (
  id      TEXT PRIMARY KEY,
  at      TEXT NOT NULL,
  who     TEXT NOT NULL,
  action  TEXT NOT NULL,
  loop_id TEXT,
  detail  TEXT NOT NULL
);
CREATE INDEX audit_loop ON audit (loop_id);
