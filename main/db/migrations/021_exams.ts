import type { Migration } from '../migration';

/**
 * Exams (考试): the station's question bank (题库), an exam set on a session or a session series, the
 * attempts workers make and their results.
 *
 * Results are append-only, like the attendance chain: a correction is a new row naming the row it
 * corrects and why, and the current result of an attempt is its latest row. An attempt keeps the seed
 * its question draw and option order came from and the answer key it is marked against, so a worker
 * who resumes sees the same paper and a later edit of the bank does not re-mark a paper already taken.
 */
export const m021: Migration = {
  version: 21,
  name: 'exams',
  up(db) {
    db.exec(`
      CREATE TABLE exam_questions (
        id           TEXT PRIMARY KEY,
        station_id   TEXT NOT NULL REFERENCES stations(id),
        kind         TEXT NOT NULL CHECK (kind IN ('single', 'multiple', 'truefalse')),
        category     TEXT NOT NULL,
        topic        TEXT NOT NULL DEFAULT '',
        trade_ids_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(trade_ids_json)),
        skill_level  TEXT CHECK (skill_level IN ('L5', 'L4', 'L3', 'L2', 'L1', 'special', 'chief')),
        texts_json   TEXT NOT NULL CHECK (json_valid(texts_json)),
        answer       TEXT NOT NULL CHECK (answer GLOB '[A-F]*' AND length(answer) BETWEEN 1 AND 6),
        points       REAL NOT NULL CHECK (points > 0 AND points <= 100),
        stem_key     TEXT NOT NULL,
        source       TEXT NOT NULL CHECK (source IN ('manual', 'import', 'starter')),
        starter_key  TEXT,
        deleted_at   TEXT,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      ) STRICT;
      -- The same question twice in one bank is refused (by its Chinese stem, normalised).
      CREATE UNIQUE INDEX exam_questions_stem ON exam_questions(station_id, stem_key) WHERE deleted_at IS NULL;
      CREATE INDEX exam_questions_category ON exam_questions(station_id, category, kind);

      CREATE TABLE exams (
        id               TEXT PRIMARY KEY,
        station_id       TEXT NOT NULL REFERENCES stations(id),
        session_id       TEXT UNIQUE REFERENCES training_sessions(id),
        series_id        TEXT UNIQUE REFERENCES session_series(id),
        title            TEXT NOT NULL DEFAULT '',
        mode             TEXT NOT NULL CHECK (mode IN ('draw', 'fixed')),
        draw_json        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(draw_json)),
        question_ids_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(question_ids_json)),
        pass_percent     REAL NOT NULL CHECK (pass_percent > 0 AND pass_percent <= 100),
        time_limit_min   INTEGER CHECK (time_limit_min IS NULL OR time_limit_min BETWEEN 1 AND 600),
        attempts_allowed INTEGER NOT NULL DEFAULT 1 CHECK (attempts_allowed BETWEEN 1 AND 10),
        shuffle_options  INTEGER NOT NULL DEFAULT 1 CHECK (shuffle_options IN (0, 1)),
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        CHECK ((session_id IS NULL) <> (series_id IS NULL))
      ) STRICT;

      CREATE TABLE exam_attempts (
        id             TEXT PRIMARY KEY,
        station_id     TEXT NOT NULL REFERENCES stations(id),
        exam_id        TEXT NOT NULL REFERENCES exams(id),
        session_id     TEXT NOT NULL REFERENCES training_sessions(id),
        attendance_id  TEXT NOT NULL REFERENCES attendance(id),
        worker_id      TEXT NOT NULL REFERENCES workers(id),
        attempt_no     INTEGER NOT NULL CHECK (attempt_no >= 1),
        method         TEXT NOT NULL CHECK (method IN ('kiosk', 'oral', 'paper')),
        seed           TEXT NOT NULL,
        paper_json     TEXT NOT NULL CHECK (json_valid(paper_json)),
        answers_json   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers_json)),
        language       TEXT NOT NULL,
        started_at     TEXT NOT NULL,
        deadline_at    TEXT NOT NULL,
        state          TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'finished')),
        device_id      TEXT,
        account_id     TEXT,
        updated_at     TEXT NOT NULL,
        UNIQUE (attendance_id, attempt_no)
      ) STRICT;
      CREATE INDEX exam_attempts_session ON exam_attempts(session_id, worker_id);

      CREATE TABLE exam_results (
        seq             INTEGER PRIMARY KEY AUTOINCREMENT,
        id              TEXT NOT NULL UNIQUE,
        station_id      TEXT NOT NULL REFERENCES stations(id),
        exam_id         TEXT NOT NULL REFERENCES exams(id),
        session_id      TEXT NOT NULL REFERENCES training_sessions(id),
        attendance_id   TEXT NOT NULL REFERENCES attendance(id),
        worker_id       TEXT NOT NULL REFERENCES workers(id),
        attempt_id      TEXT NOT NULL REFERENCES exam_attempts(id),
        attempt_no      INTEGER NOT NULL,
        score           REAL NOT NULL CHECK (score >= 0),
        max_score       REAL NOT NULL CHECK (max_score > 0 AND score <= max_score),
        passed          INTEGER NOT NULL CHECK (passed IN (0, 1)),
        method          TEXT NOT NULL CHECK (method IN ('kiosk', 'oral', 'paper')),
        at              TEXT NOT NULL,
        device_id       TEXT,
        account_id      TEXT,
        idempotency_key TEXT,
        corrects        TEXT REFERENCES exam_results(id),
        reason          TEXT,
        CHECK ((corrects IS NULL) = (reason IS NULL))
      ) STRICT;
      CREATE INDEX exam_results_attendance ON exam_results(attendance_id, seq);
      CREATE INDEX exam_results_session ON exam_results(session_id, seq);
      CREATE INDEX exam_results_worker ON exam_results(worker_id, seq);
      -- An attempt's current result is its latest row: read for every result a report or a view shows.
      CREATE INDEX exam_results_attempt ON exam_results(attempt_id, seq);
      -- One first result per attempt: two tablets sending the same attempt's answers record it once.
      CREATE UNIQUE INDEX exam_results_first ON exam_results(attempt_id) WHERE corrects IS NULL;
      CREATE UNIQUE INDEX exam_results_idempotency ON exam_results(idempotency_key) WHERE idempotency_key IS NOT NULL;
      CREATE TRIGGER exam_results_no_update BEFORE UPDATE ON exam_results
        BEGIN SELECT RAISE(ABORT, 'exam_results is append-only'); END;
      CREATE TRIGGER exam_results_no_delete BEFORE DELETE ON exam_results
        BEGIN SELECT RAISE(ABORT, 'exam_results is append-only'); END;
    `);
  },
};
