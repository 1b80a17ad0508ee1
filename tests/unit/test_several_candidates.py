"""A submission mail naming several candidates records each of them (reading/several.py, newsubmission.py): read only
when every part of the list is a whole name; one transaction for them all; a mail read again creates nothing twice;
the manager's reply in that thread answers them as a grouped nudge's reply does."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

import pytest

from helpers import make_config
from mailer.compose import environment
from mailer.errors import StoreError
from mailer.ingest import IngestReport, ingest_raw
from mailer.model import State
from mailer.reading.several import listed_in_subject, several_candidates, subject_role
from mailer.store import Store

NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)  # a Monday
BE = "Backend Engineer"


@pytest.mark.parametrize("subject, names, role", [
    ("Jane Doe & Omar Haddad – Backend Engineer", ["Jane Doe", "Omar Haddad"], BE),
    ("Candidates: Jane Doe, Omar Haddad – Backend Engineer", ["Jane Doe", "Omar Haddad"], BE),
    ("Candidate: Jane Doe, Omar Haddad – Backend Engineer", ["Jane Doe", "Omar Haddad"], BE),  # was one merged name
    ("Re: [EXTERNAL] Jane Doe and Omar Haddad – Backend Engineer", ["Jane Doe", "Omar Haddad"], BE),
    ("Jane Doe, Omar Haddad, Li Wei – Backend Engineer", ["Jane Doe", "Omar Haddad", "Li Wei"], BE),
    ("Jane Doe, Omar Haddad and Li Wei", ["Jane Doe", "Omar Haddad", "Li Wei"], ""),
    ("Jane Doe + Omar Haddad (Backend Engineer)", ["Jane Doe", "Omar Haddad"], BE),
    ("Backend Engineer – Jane Doe & Omar Haddad", ["Jane Doe", "Omar Haddad"], BE),
    ("Candidates for Backend Engineer: Jane Doe, Omar Haddad", ["Jane Doe", "Omar Haddad"], BE),
    ("Jane Doe and Omar Haddad for the Backend Engineer role", ["Jane Doe", "Omar Haddad"], BE),
    ("Kandidaten: Max Müller und Lena Groß – Entwickler", ["Max Müller", "Lena Groß"], "Entwickler"),
    ("Candidats : Jean Dupont et Marie Curie – Ingénieur", ["Jean Dupont", "Marie Curie"], "Ingénieur"),
    ("Candidatos: Ana Pérez y Luis García – Ingeniero", ["Ana Pérez", "Luis García"], "Ingeniero"),  # plural lead
    ("candidates: jane doe, omar haddad", ["jane doe", "omar haddad"], ""),  # after a lead word, as typed
])
def test_a_subject_listing_whole_names_gives_each_candidate_the_role(subject, names, role):
    assert listed_in_subject(subject) == [(n, role) for n in names]


@pytest.mark.parametrize("subject", [
    "Candidate: Jane Doe & team – Backend Engineer",       # a team is nobody's name
    "Candidate: Jane Doe – R&D Engineer",                  # "&" in a role
    "Candidate: Jane Doe – Sales & Marketing",
    "Sales & Marketing Manager – Jane Doe",
    "Candidate: Jane Doe-Smith – Backend",                 # a double-barrelled name
    "Candidate: José Ortega y Gasset – Backend",           # "y" inside a name
    "Ana Pérez y Luis García – Ingeniero",                 # ... so without a plural lead, "y" joins nobody
    "Candidate: Maria da Silva e Souza – Backend",
    "Candidate: Doe, Jane – Backend",                      # family name first
    "Jane Doe, Backend Engineer",
    "Jane Doe & Jane Doe – Backend",                       # one person twice
    "Tom & Jerry – Backend",                               # first names only: not sure who
    "Lunch & Learn – Friday",
    "Thanks Jane Doe and Omar Haddad",
    "Interview scheduling – Jane Doe & Omar Haddad",       # mail about candidates, not a submission of them
    "Hiring update: Jane Doe, Omar Haddad",
    "Candidate: Jane Doe – Backend Engineer",
])
def test_no_list_where_a_part_is_no_whole_name(subject):
    assert listed_in_subject(subject) == []


def test_resumes_naming_different_people_under_a_subject_naming_none(tmp_path):
    patterns = make_config(tmp_path).candidate_patterns
    files = ("Jane_Doe_CV.pdf", "Omar_Haddad_CV.pdf")
    # the subject states their role
    assert several_candidates("2 candidates for Backend Engineer", files, patterns) == [("Jane Doe", BE),
                                                                                        ("Omar Haddad", BE)]
    assert several_candidates("Shortlist", ("CV_Jane_Doe.pdf", "Lebenslauf_Max_Müller.pdf"), patterns) == [
        ("Jane Doe", ""), ("Max Müller", "")]
    # the same person twice is one (and then the usual one-candidate reading applies)
    assert several_candidates("Shortlist", ("Jane_Doe_CV.pdf", "Doe_Jane_CV_v2.pdf", "J_Doe_CV.pdf"), patterns) == []
    # a subject naming one of them says who the mail is about
    assert several_candidates("Candidate: Jane Doe – Backend", files, patterns) == []
    # files that are not résumés by their name name no candidate
    assert several_candidates("Shortlist", ("Jane_Doe_CV.pdf", "Backend_Team_Overview.pdf"), patterns) == []
    # the subject's list wins over the files, with its role
    assert several_candidates("Jane Doe & Omar Haddad – Backend Engineer", files, patterns) == [
        ("Jane Doe", BE), ("Omar Haddad", BE)]


@pytest.mark.parametrize("subject, role", [
    ("2 candidates for Backend Engineer", BE),
    ("Two candidates for the Backend Engineer role", BE),
    ("Fwd: Candidates – Backend Engineer", BE),
    ("Backend Engineer: 2 candidates", BE),
    ("Backend Engineer – two candidates", BE),
    ("Zwei Kandidaten für Backend-Entwickler", "Backend-Entwickler"),
    ("Deux candidats pour Développeur Backend", "Développeur Backend"),
    # trimmed to the job title: a person, a place, a note or a bracket around it is no part of it
    ("Two candidates for Maria – Backend Engineer", BE),
    ("2 candidates for Backend Engineer (urgent)", BE),
    ("Candidates – Backend Engineer, Berlin", BE),
    ("Two candidates for Backend Engineer interview next week", BE),
    ("Candidates for Backend Engineer – interview next week", BE),
    ("Backend Engineer (Berlin): 2 candidates", BE),
    ("2 candidates for Backend Engineer for the payments team", BE),
    ("Zwei Kandidaten für Backend-Entwickler (m/w/d)", "Backend-Entwickler"),
    ("Dos candidatos para Ingeniero de Software, Madrid", "Ingeniero de Software"),
    # what belongs to the title stays
    ("2 candidates for Director of Engineering", "Director of Engineering"),
    ("Candidates for Software Engineer in Test", "Software Engineer in Test"),
    ("2 candidates for Backend Engineer II", "Backend Engineer II"),
    ("Candidates for Sales & Marketing Manager", "Sales & Marketing Manager"),
    ("Deux candidats pour Développeur Backend (Paris)", "Développeur Backend"),
    # no role stated: nothing with a job noun, a person, or a subject that is no lead word and a role
    ("Two candidates for you", ""),
    ("Candidates for Maria", ""),
    ("Profiles for the team", ""),
    ("Backend Engineer shortlist", ""),
    ("Jane Doe: 2 candidates", ""),
    ("Candidates: Jane Doe – Backend Engineer", ""),
    ("Shortlist", ""),
])
def test_the_role_a_subject_states_for_the_resumes_it_carries(subject, role):
    assert subject_role(subject) == role


def test_resumes_under_a_subject_stating_a_role_get_it(tmp_path):
    patterns = make_config(tmp_path).candidate_patterns
    files = ("Jane_Doe_CV.pdf", "Omar_Haddad_CV.pdf")
    for subject in ("Backend Engineer: 2 candidates", "Candidates – Backend Engineer"):
        assert several_candidates(subject, files, patterns) == [("Jane Doe", BE), ("Omar Haddad", BE)]
    assert several_candidates("Two candidates for you", files, patterns) == [("Jane Doe", ""), ("Omar Haddad", "")]


# ------------------------------------------------------------------ through the daemon's path for a new mail

def mail(subject: str, mid: str = "<pair@acme.test>", frm: str = "Rita Recruiter <rita@acme.test>",
         to: str = "Maria Manager <maria@acme.test>", body: str = "Two for you, CVs attached.\n",
         attachments: tuple[str, ...] = (), in_reply_to: str | None = None, when: datetime = NOW) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Cc"], msg["Subject"] = frm, to, "mailer@acme.test", subject
    msg["Message-ID"] = mid
    msg["Date"] = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
    if in_reply_to:
        msg["In-Reply-To"] = msg["References"] = in_reply_to
    msg.set_content(body)
    for name in attachments:
        msg.add_attachment(b"%PDF-1.4\n", maintype="application", subtype="pdf", filename=name)
    return bytes(msg)


@pytest.fixture
def world(tmp_path):
    config = make_config(tmp_path)
    store = Store(tmp_path / "state.db")
    env = environment(config.templates)
    uids = iter(range(1, 1000))

    def ingest(raw: bytes, at: datetime = NOW) -> IngestReport:
        report = IngestReport()
        with store.transaction():
            ingest_raw(store, config, env, raw, "INBOX", next(uids), at, report)
        return report

    yield store, ingest
    store.close()


def test_each_candidate_is_a_submission_in_the_same_thread(world):
    store, ingest = world
    ingest(mail("Jane Doe & Omar Haddad – Backend Engineer", attachments=("Jane_Doe_CV.pdf", "Omar_Haddad_CV.pdf")))
    subs = store.all_submissions()
    assert [(s.candidate, s.role, s.manager) for s in subs] == [("Jane Doe", BE, "maria@acme.test"),
                                                                ("Omar Haddad", BE, "maria@acme.test")]
    assert {s.message_id for s in subs} == {"pair@acme.test"}  # one thread: a reply to the mail finds both
    assert [s.candidate for s in store.submissions_in_thread(("pair@acme.test",))] == ["Jane Doe", "Omar Haddad"]


def test_to_two_managers_each_gets_each_candidate(world):
    store, ingest = world
    ingest(mail("Candidates: Jane Doe, Omar Haddad – Backend Engineer",
                to="Maria Manager <maria@acme.test>, Nate Newyork <nate@acme.test>"))
    assert sorted((s.manager, s.candidate) for s in store.all_submissions()) == [
        ("maria@acme.test", "Jane Doe"), ("maria@acme.test", "Omar Haddad"),
        ("nate@acme.test", "Jane Doe"), ("nate@acme.test", "Omar Haddad")]


def test_a_crash_between_the_candidates_leaves_none_and_the_mail_read_again_records_each_once(world, monkeypatch):
    store, ingest = world
    raw = mail("Jane Doe & Omar Haddad – Backend Engineer")
    real, calls = Store.add_submission, []

    def dies_on_the_second(self, *args, **kwargs):
        calls.append(args[3])
        if len(calls) == 2:
            raise StoreError("disk gone")  # as a kill would: the transaction never commits
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Store, "add_submission", dies_on_the_second)
    with pytest.raises(StoreError):
        ingest(raw)
    assert calls == ["Jane Doe", "Omar Haddad"] and store.all_submissions() == []  # not half of them
    monkeypatch.undo()
    assert ingest(raw).kinds == {"submission": 1}  # read again after the crash: the whole mail, once
    assert ingest(raw).duplicates == 1  # and once more: nothing new
    assert [s.candidate for s in store.all_submissions()] == ["Jane Doe", "Omar Haddad"]


def test_the_per_candidate_key_keeps_a_repeated_recording_single(world, tmp_path):
    """Even past the message dedup (the effects applied twice), the (key, manager) uniqueness holds per candidate."""
    from mailer.effects import Effects
    from mailer.reading.classify import Context, classify
    from mailer.reading.parse import parse
    store, _ = world
    config = make_config(tmp_path)
    msg = parse(mail("Jane Doe & Omar Haddad – Backend Engineer"))
    verdict = classify(msg, config, Context(now=NOW))
    assert verdict.reason == "submission of 2 candidates: Jane Doe, Omar Haddad"  # what `mailer classify` shows
    for _ in range(2):
        with store.transaction():
            Effects(store, config, environment(config.templates), msg, NOW).apply(verdict)
    assert [s.candidate for s in store.all_submissions()] == ["Jane Doe", "Omar Haddad"]
    keys = [r["message_key"] for r in store.db.execute("SELECT message_key FROM submissions ORDER BY id")]
    assert keys == ["pair@acme.test", "pair@acme.test#omar haddad"]


def test_a_resent_pair_keeps_each_candidate_with_its_first_submission(world):
    store, ingest = world
    ingest(mail("Candidate: Jane Doe – Backend Engineer", mid="<jane@acme.test>"))
    ingest(mail("Jane Doe & Omar Haddad – Backend Engineer", mid="<pair@acme.test>"), NOW + timedelta(hours=1))
    subs = store.all_submissions()
    assert [(s.candidate, s.message_id) for s in subs] == [("Jane Doe", "jane@acme.test"),
                                                           ("Omar Haddad", "pair@acme.test")]
    # a reply to the pair's mail still finds Jane (the resend's alias) and Omar
    assert {s.candidate for s in store.submissions_in_thread(("pair@acme.test",))} == {"Jane Doe", "Omar Haddad"}


def reply(text: str, mid: str) -> bytes:
    return mail("Re: Jane Doe & Omar Haddad – Backend Engineer", mid=mid, frm="Maria Manager <maria@acme.test>",
                to="Rita Recruiter <rita@acme.test>", body=text, in_reply_to="<pair@acme.test>",
                when=NOW + timedelta(hours=2))


def decisions(store: Store) -> dict[str, tuple[State, str | None]]:
    return {s.candidate: (s.state, s.decision) for s in store.all_submissions()}


def test_a_plain_answer_in_the_thread_answers_all_of_them(world):
    store, ingest = world
    ingest(mail("Jane Doe & Omar Haddad – Backend Engineer"))
    ingest(reply("Thanks Rita, I'll look at both this week and get back to you.\n", "<r1@acme.test>"),
           NOW + timedelta(hours=2))
    assert decisions(store) == {"Jane Doe": (State.ANSWERED, "reply"), "Omar Haddad": (State.ANSWERED, "reply")}


def test_numbered_answers_in_the_thread_apply_per_candidate_in_the_order_named(world):
    store, ingest = world
    ingest(mail("Jane Doe & Omar Haddad – Backend Engineer"))
    ingest(reply("1 interview, 2 pass\n", "<r2@acme.test>"), NOW + timedelta(hours=2))
    assert decisions(store) == {"Jane Doe": (State.ANSWERED, "interview"), "Omar Haddad": (State.ANSWERED, "pass")}


def test_a_bare_decision_word_in_the_thread_asks_which_one_as_for_a_grouped_nudge(world):
    store, ingest = world
    ingest(mail("Jane Doe & Omar Haddad – Backend Engineer"))
    ingest(reply("interview\n", "<r3@acme.test>"), NOW + timedelta(hours=2))
    assert decisions(store) == {"Jane Doe": (State.OPEN, None), "Omar Haddad": (State.OPEN, None)}
    [help_mail] = [r for r in store.db.execute("SELECT raw FROM outbox WHERE key LIKE 'answer:%'")]
    assert b"listed 2 candidates" in help_mail["raw"].replace(b"=\n", b"").replace(b"\r\n", b" ").replace(b"\n", b" ")


@pytest.mark.parametrize("text", [
    "Interview Jane, pass on Omar\n",
    "Hi Rita,\n\nJane yes, Omar no.\n\nThanks,\nMaria\n",
    "Let's meet Jane Doe. Not Omar.\n",
    "Jane: interview / Omar: pass\n",
    "Oui pour Jane, non pour Omar\n",
])
def test_decisions_by_name_decide_each_named_candidate(world, text):
    """A reply naming each candidate of the thread with a decision decides each, as "1 interview, 2 pass" does,
    and each keeps the manager's words."""
    store, ingest = world
    ingest(mail("Jane Doe & Omar Haddad – Backend Engineer"))
    ingest(reply(text, "<r4@acme.test>"), NOW + timedelta(hours=2))
    assert decisions(store) == {"Jane Doe": (State.ANSWERED, "interview"), "Omar Haddad": (State.ANSWERED, "pass")}
    [confirmation] = [r for r in store.db.execute("SELECT raw FROM outbox WHERE key LIKE 'answer:%'")]
    said = confirmation["raw"].replace(b"=\n", b"").replace(b"\r\n", b" ").replace(b"\n", b" ")
    assert b"Jane Doe: interview" in said and b"Omar Haddad: pass" in said


def test_a_decision_by_name_for_one_of_them_leaves_the_other_waiting(world):
    store, ingest = world
    ingest(mail("Jane Doe & Omar Haddad – Backend Engineer"))
    ingest(reply("pass on Omar - too junior\n", "<r6@acme.test>"), NOW + timedelta(hours=2))
    assert decisions(store) == {"Jane Doe": (State.OPEN, None), "Omar Haddad": (State.ANSWERED, "pass")}


@pytest.mark.parametrize("text", [
    "Jane from HR says pass on both, I agree\n",   # a name with no decision of its own
    "Interview please, Jane looks great\n",      # a decision attached to no name
    "Interview Jane if she can start in May, pass on Omar\n",  # a condition
    "Interview Li, pass on Omar\n",              # a name not in the thread
])
def test_a_reply_by_name_that_is_not_sure_is_kept_as_today(world, text):
    """Not split: the reply is an answer in words for both (the recruiter reads it) or, for a bare decision with
    no name, the help reply asking which one; neither candidate gets a decision meant for the other."""
    store, ingest = world
    ingest(mail("Jane Doe & Omar Haddad – Backend Engineer"))
    ingest(reply(text, "<r7@acme.test>"), NOW + timedelta(hours=2))
    assert {decision for _, decision in decisions(store).values()} <= {"reply", None}
    assert len({decision for _, decision in decisions(store).values()}) == 1


def test_the_follow_up_lists_them_numbered_and_a_numbered_answer_to_it_decides_each(world, tmp_path):
    """Each candidate has its own ladder; due the same day, they go out as one grouped nudge, numbered in the order
    the recruiter named them, and "1 pass, 2 interview" in answer to it decides each."""
    from mailer.decide import queue_due
    store, ingest = world
    config = make_config(tmp_path)
    ingest(mail("Jane Doe & Omar Haddad – Backend Engineer"))
    later = NOW + timedelta(days=3)  # Thursday: two business days have passed
    with store.transaction():
        queued = queue_due(store, config, environment(config.templates), later)
    assert len(queued) == 1
    [row] = store.db.execute("SELECT id, message_id, kind FROM outbox").fetchall()
    assert row["kind"] == "digest"
    assert [s.candidate for s in store.listed((row["message_id"],))] == ["Jane Doe", "Omar Haddad"]
    assert sorted(store.steps_taken(open_only=True)) == sorted(s.id for s in store.all_submissions())  # a ladder each
    ingest(mail("Re: Candidates waiting for your answer", mid="<r5@acme.test>", frm="Maria Manager <maria@acme.test>",
                to="Rita Recruiter <rita@acme.test>", body="1 pass, 2 interview\n",
                in_reply_to=f"<{row['message_id']}>", when=later + timedelta(hours=1)), later + timedelta(hours=1))
    assert decisions(store) == {"Jane Doe": (State.ANSWERED, "pass"), "Omar Haddad": (State.ANSWERED, "interview")}


def test_mail_about_the_candidates_of_one_mail_is_kept_with_them(world):
    """"Interview scheduling – Jane Doe & Omar Haddad" names the pair submitted in one mail: no new submission, and a
    reply to it counts for them; two candidates of different mails named together stay unguessed."""
    store, ingest = world
    ingest(mail("Jane Doe & Omar Haddad – Backend Engineer"))
    ingest(mail("Interview scheduling – Jane Doe & Omar Haddad", mid="<sched@acme.test>"), NOW + timedelta(hours=1))
    assert [s.candidate for s in store.all_submissions()] == ["Jane Doe", "Omar Haddad"]
    assert {s.candidate for s in store.submissions_in_thread(("sched@acme.test",))} == {"Jane Doe", "Omar Haddad"}
    ingest(mail("Candidate: Li Wei – Backend Engineer", mid="<li@acme.test>"), NOW + timedelta(hours=2))
    ingest(mail("Interview scheduling – Jane Doe & Li Wei", mid="<mixed@acme.test>"), NOW + timedelta(hours=3))
    kept_with = {s.candidate for s in store.submissions_in_thread(("mixed@acme.test",))}
    assert not kept_with & {"Jane Doe", "Li Wei"}  # not kept with either: which thread it belongs to is a guess
