"""The SQLite schema: version 1 as created, and each later version as a migration step."""

SCHEMA_VERSION = 17

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS folders (
    name TEXT PRIMARY KEY, uidvalidity INTEGER NOT NULL, last_uid INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS messages (
    key TEXT PRIMARY KEY, message_id TEXT, folder TEXT, uid INTEGER, sender TEXT, subject TEXT,
    sent_at TEXT, seen_at TEXT NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS quarantine (
    key TEXT PRIMARY KEY, folder TEXT, uid INTEGER, reason TEXT NOT NULL, raw BLOB, seen_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY, message_key TEXT NOT NULL, manager TEXT NOT NULL, recruiter TEXT NOT NULL,
    candidate TEXT NOT NULL, role TEXT NOT NULL, subject TEXT NOT NULL, message_id TEXT,
    refs TEXT NOT NULL, submitted_at TEXT NOT NULL, state TEXT NOT NULL, answered_at TEXT,
    response_seconds REAL, answer_key TEXT, UNIQUE (message_key, manager));
CREATE INDEX IF NOT EXISTS submissions_mid ON submissions (message_id);
CREATE INDEX IF NOT EXISTS submissions_state ON submissions (state, manager);
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, message_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
    manager TEXT NOT NULL, audience TEXT NOT NULL, envelope_from TEXT NOT NULL, recipients TEXT NOT NULL,
    subject TEXT NOT NULL, raw BLOB NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, next_attempt_at TEXT NOT NULL, claimed_at TEXT, sent_at TEXT, last_error TEXT);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state, next_attempt_at);
CREATE TABLE IF NOT EXISTS steps (
    submission_id INTEGER NOT NULL REFERENCES submissions (id), step INTEGER NOT NULL,
    outbox_id INTEGER REFERENCES outbox (id), at TEXT NOT NULL, PRIMARY KEY (submission_id, step));
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, submission_id INTEGER, detail TEXT NOT NULL);
"""

# Each entry upgrades the schema by one version; a database is brought forward one step at a time,
# inside the opening transaction, so an interrupted upgrade leaves the old version intact.
MIGRATIONS = {
    2: """
ALTER TABLE submissions ADD COLUMN decision TEXT;
ALTER TABLE submissions ADD COLUMN reply_text TEXT;
ALTER TABLE submissions ADD COLUMN snoozed_until TEXT;
CREATE TABLE pauses (
    id INTEGER PRIMARY KEY, manager TEXT NOT NULL, since TEXT NOT NULL, until TEXT NOT NULL,
    reason TEXT NOT NULL, delegate TEXT, message_key TEXT NOT NULL);
CREATE INDEX pauses_manager ON pauses (manager, until);
CREATE TABLE failing (address TEXT PRIMARY KEY, since TEXT NOT NULL, reason TEXT NOT NULL);
CREATE TABLE aliases (alias TEXT PRIMARY KEY, message_id TEXT NOT NULL);
CREATE TABLE listings (
    outbox_id INTEGER NOT NULL REFERENCES outbox (id), position INTEGER NOT NULL,
    submission_id INTEGER NOT NULL REFERENCES submissions (id), PRIMARY KEY (outbox_id, position));
INSERT INTO listings SELECT outbox_id, ROW_NUMBER() OVER (PARTITION BY outbox_id ORDER BY rowid), submission_id
    FROM steps WHERE outbox_id IS NOT NULL;
""",
    3: """
ALTER TABLE outbox ADD COLUMN in_doubt INTEGER NOT NULL DEFAULT 0;
ALTER TABLE submissions ADD COLUMN ladder_round INTEGER NOT NULL DEFAULT 0;
CREATE INDEX IF NOT EXISTS outbox_audience ON outbox (audience, created_at);
CREATE INDEX IF NOT EXISTS outbox_manager_kind ON outbox (manager, kind);
CREATE INDEX IF NOT EXISTS submissions_recruiter ON submissions (recruiter, state);
CREATE INDEX IF NOT EXISTS listings_submission ON listings (submission_id);
DROP INDEX IF EXISTS steps_submission;
""",
    # ADD COLUMN statements are skipped when the column exists (store.py), so a database made by any
    # earlier build of a version reaches the same shape.
    4: """
ALTER TABLE submissions ADD COLUMN manager_name TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN person TEXT;
UPDATE outbox SET person = json_extract(recipients, '$[0]') WHERE person IS NULL;
CREATE INDEX IF NOT EXISTS outbox_person ON outbox (person, created_at);
""",
    # The mentor loop (issue 9): one row per (recruiter, mentor) pair mailer has acted on, each check-in sent
    # (one per cadence slot), and the mentor's answers: the journal.
    5: """
CREATE TABLE IF NOT EXISTS mentorships (
    recruiter TEXT NOT NULL, mentor TEXT NOT NULL, state TEXT NOT NULL, invited_at TEXT, invitation_id TEXT,
    replied_at TEXT, started_at TEXT, last_slot TEXT, told_at TEXT, PRIMARY KEY (recruiter, mentor));
CREATE TABLE IF NOT EXISTS checkins (
    id INTEGER PRIMARY KEY, recruiter TEXT NOT NULL, mentor TEXT NOT NULL, slot TEXT NOT NULL,
    message_id TEXT NOT NULL, question TEXT NOT NULL, sent_at TEXT NOT NULL, UNIQUE (recruiter, mentor, slot));
CREATE INDEX IF NOT EXISTS checkins_mid ON checkins (message_id);
CREATE INDEX IF NOT EXISTS mentorships_invitation ON mentorships (invitation_id);
CREATE TABLE IF NOT EXISTS journal (
    id INTEGER PRIMARY KEY, recruiter TEXT NOT NULL, mentor TEXT NOT NULL, checkin_id INTEGER REFERENCES checkins (id),
    question TEXT NOT NULL, answer TEXT NOT NULL, at TEXT NOT NULL, message_key TEXT NOT NULL UNIQUE);
CREATE INDEX IF NOT EXISTS journal_pair ON journal (recruiter, mentor, at);
""",
    # Weekly digests (issue 10): per audience and person, the day its schedule starts and the last slot used,
    # written in the transaction that queues that slot's digest (or records it had nothing to say).
    6: """
CREATE TABLE IF NOT EXISTS digest_slots (
    audience TEXT NOT NULL, person TEXT NOT NULL, start TEXT NOT NULL, last_slot TEXT,
    PRIMARY KEY (audience, person));
""",
    # Bounds on output (mailer/safety.py): the send-rate breaker counts recent sends; loop detection reads a
    # sender's latest mails.
    7: """
CREATE INDEX IF NOT EXISTS outbox_sent ON outbox (sent_at);
CREATE INDEX IF NOT EXISTS messages_sender ON messages (sender, seen_at);
""",
    # The folded candidate name (model.candidate_key), indexed: a re-sent candidate is found without reading
    # every open submission of the manager. mailer_fold is that function, registered by Store on each connection.
    8: """
ALTER TABLE submissions ADD COLUMN candidate_key TEXT NOT NULL DEFAULT '';
UPDATE submissions SET candidate_key = mailer_fold(candidate);
CREATE INDEX IF NOT EXISTS submissions_candidate ON submissions (manager, candidate_key, state);
""",
    # The daemon's heartbeat (last good read, last send, current error, last alert) for status and monitors.
    9: """
CREATE TABLE IF NOT EXISTS health (name TEXT PRIMARY KEY, at TEXT NOT NULL, detail TEXT);
ALTER TABLE submissions ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
""",
    # Server-side conversations (Gmail's X-GM-THRID, issue 13): which Message-IDs mailer has seen in each, so a
    # reply whose threading headers were stripped still finds its submission.
    10: """
CREATE TABLE IF NOT EXISTS conversations (
    thread TEXT NOT NULL, message_id TEXT NOT NULL, PRIMARY KEY (thread, message_id));
""",
    # A mentor's own word in a check-in thread: "stop" ends the pair (state 'ended', when), "pause until March"
    # holds its check-ins to a date. The config still lists the pair; the state says the mentor ended it.
    11: """
ALTER TABLE mentorships ADD COLUMN ended_at TEXT;
ALTER TABLE mentorships ADD COLUMN paused_until TEXT;
""",
    # When a queued mail's content was composed: at queueing, and again when recheck.py recomposes one that
    # waited. A recruiter's digest reports from its previous one's composition, not its queueing, so what a
    # recomposed digest told is not told again. Rows queued before keep their queueing time.
    12: """
ALTER TABLE outbox ADD COLUMN composed_at TEXT;
UPDATE outbox SET composed_at = created_at WHERE composed_at IS NULL;
""",
    # When the manager's latest decision was taken (the mail's own time): a decision after a snooze is told in the
    # recruiter's digest of its own period, with the time from the submission to it. Rows answered before keep
    # their first answer's time; a snooze is no decision here.
    13: """
ALTER TABLE submissions ADD COLUMN decided_at TEXT;
UPDATE submissions SET decided_at = answered_at WHERE answered_at IS NOT NULL AND COALESCE(decision, '') != 'snooze';
""",
    # Received mail's place in a submission's thread: a reply that names only a mail mailer read (the manager's
    # answer, a colleague's reply-all) by In-Reply-To, with no References back to the submission, is still in that
    # thread. Kept for LINK_DAYS after the linked mail came (store/threads.py). Answers already recorded link
    # from the start: a submission's first answer is a received mail whose Message-ID the messages table kept.
    14: """
CREATE TABLE IF NOT EXISTS thread_links (
    message_id TEXT NOT NULL, submission_id INTEGER NOT NULL REFERENCES submissions (id), seen_at TEXT NOT NULL,
    PRIMARY KEY (message_id, submission_id));
CREATE INDEX IF NOT EXISTS thread_links_seen ON thread_links (seen_at);
INSERT OR IGNORE INTO thread_links SELECT m.message_id, s.id, m.seen_at FROM submissions s JOIN messages m
    ON m.key = s.answer_key WHERE m.message_id IS NOT NULL AND m.message_id != '';
""",
    # When mailer read the manager's latest decision: the recruiter's digest tells what was read since the last one
    # was composed, so a decision read late (the mail's own time inside a window already composed) is still told.
    # Rows decided before take the read time the events table recorded: the first manager's event with the current
    # decision after the manager's last other one (a snooze, an earlier decision). The same run repairs a decision
    # time migration 13 took from a snooze before it (the first answer). Rows without such an event keep their
    # decision time (never later than their reading, so nothing already told falls in a window still to come).
    15: """
ALTER TABLE submissions ADD COLUMN decision_read_at TEXT;
CREATE TEMP TABLE decision_runs AS
SELECT s.id AS id, (SELECT MIN(e.at) FROM events e WHERE e.submission_id=s.id AND e.kind='decision'
        AND e.detail LIKE '% on %: ' || REPLACE(s.decision, '_', ' ') AND e.detail NOT LIKE s.recruiter || ' on %'
        AND e.id > COALESCE((SELECT MAX(z.id) FROM events z WHERE z.submission_id=s.id AND z.kind='decision'
            AND z.detail NOT LIKE '% on %: ' || REPLACE(s.decision, '_', ' ')
            AND z.detail NOT LIKE s.recruiter || ' on %'), 0)) AS read_at,
    (SELECT MAX(z.at) FROM events z WHERE z.submission_id=s.id AND z.kind='decision'
        AND z.detail LIKE '% on %: snooze' AND z.detail NOT LIKE s.recruiter || ' on %') AS snoozed_at
FROM submissions s WHERE s.decided_at IS NOT NULL;
UPDATE submissions SET decided_at = (SELECT r.read_at FROM decision_runs r WHERE r.id=submissions.id)
WHERE id IN (SELECT id FROM decision_runs WHERE read_at IS NOT NULL AND snoozed_at IS NOT NULL)
  AND decided_at <= (SELECT snoozed_at FROM decision_runs r WHERE r.id=submissions.id);
UPDATE submissions SET decision_read_at = COALESCE((SELECT r.read_at FROM decision_runs r
    WHERE r.id=submissions.id AND r.read_at >= submissions.decided_at), decided_at)
WHERE decided_at IS NOT NULL;
DROP TABLE decision_runs;
""",
    # What each recruiter's digest told, written with its content, so each manager's answer is told once whatever
    # the clock says (mailer/digesttold.py): the answer's version, one more with each new reading of a manager's
    # answer (a changed decision; the same one said again is none). Digests queued before take the answers they
    # told by time, as mailer then chose them: an answer read by the time a digest neither cancelled nor failed was
    # composed is told by the first such one (one read in a later pass of that very second, which that choice never
    # told, is not told now either: nothing already told comes back).
    16: """
ALTER TABLE submissions ADD COLUMN answer_version INTEGER NOT NULL DEFAULT 0;
CREATE TABLE IF NOT EXISTS digest_told (
    outbox_id INTEGER NOT NULL REFERENCES outbox (id), submission_id INTEGER NOT NULL REFERENCES submissions (id),
    version INTEGER NOT NULL, PRIMARY KEY (outbox_id, submission_id));
CREATE INDEX IF NOT EXISTS digest_told_submission ON digest_told (submission_id);
INSERT OR IGNORE INTO digest_told (outbox_id, submission_id, version)
SELECT outbox_id, id, answer_version FROM (
    SELECT s.id, s.answer_version,
        (SELECT o.id FROM outbox o WHERE o.kind='digest_recruiter' AND o.state NOT IN ('cancelled', 'failed')
            AND substr(o.key, 1, length(s.recruiter) + 18)='digest-recruiter:' || s.recruiter || ':'
            AND o.composed_at >= s.decision_read_at ORDER BY o.composed_at, o.key LIMIT 1) AS outbox_id
    FROM submissions s WHERE s.decision_read_at IS NOT NULL AND s.answered_at IS NOT NULL
        AND COALESCE(s.decision, '') != 'snooze')
WHERE outbox_id IS NOT NULL;
""",
    # Why a pair ended: 'stop' (the mentor said stop), 'leaving' (a stop because they leave the company: never
    # suggested as anyone's mentor again) or 'removed' (ops took it out of the config: back when ops puts it back).
    # Pairs ended before were all ended by a mentor's stop; one whose stop, as the events table kept its words (the
    # event and the end share their time), says the mentor leaves the company is a leaving.
    17: """
ALTER TABLE mentorships ADD COLUMN end_reason TEXT;
UPDATE mentorships SET end_reason = CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.kind = 'mentor_ended'
        AND e.at = mentorships.ended_at AND (e.detail LIKE '%leaving the company%' OR e.detail LIKE '%left the company%'
        OR e.detail LIKE '%leaving the firm%' OR e.detail LIKE '%my last day%' OR e.detail LIKE '%verlasse das unternehmen%'
        OR e.detail LIKE '%verlasse die firma%' OR e.detail LIKE '%je quitte l''entreprise%'
        OR e.detail LIKE '%dejo la empresa%')) THEN 'leaving' ELSE 'stop' END
    WHERE state = 'ended' AND end_reason IS NULL;
""",
}
