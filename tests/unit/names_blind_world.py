"""The thread a names-blind case runs in (names_blind_shapes.py, names_blind_digests.py), built through mailer's
public path as report_blind_world.py builds its histories: one recruiter's mail naming the candidates (`Jane Doe &
Omar Haddad – Backend Engineer`), or one submission each answered through the grouped nudge the ladder sends; then
the manager's reply read by ingest with an injected clock. What a case reads back is each candidate's state and
decision, as `mailer status` and the report would tell them. Written before the code under mailer/ was read."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from report_blind_world import Manager, World, config_text

LON = ZoneInfo("Europe/London")
SUBMITTED = datetime(2026, 11, 2, 10, tzinfo=LON)      # Mon 2 Nov 2026, 10:00 London
NUDGED = datetime(2026, 11, 4, 11, tzinfo=LON)         # two business days later: the grouped nudge
ANSWERED = datetime(2026, 11, 4, 15, tzinfo=LON)
MANAGER = "maria@acme.test"
SPLIT_FREE = {"reply", "-"}                            # what a reply read without names leaves on every candidate


def subject_listing(names: tuple[str, ...]) -> str:
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " & " + names[-1]
    return f"{listed} – Backend Engineer"


def outcome_label(sub) -> str:
    """One candidate's outcome as a case writes it: the decision word, `-` (still waiting), `snooze`, or the state."""
    if sub.decision:
        return "snooze" if "snooz" in str(sub.decision).lower() else str(sub.decision)
    state = str(getattr(sub.state, "value", sub.state)).lower()
    if "snooz" in state:
        return "snooze"
    return "-" if state == "open" else state


class NamesWorld(World):
    """A World whose thread holds several candidates, answered once by the manager."""

    def thread_of_one_mail(self, names: tuple[str, ...]) -> str:
        mid = "pair-0@acme.test"
        raw = self._mail("Rita Recruiter <rita@acme.test>", MANAGER, subject_listing(names),
                         "Hi Maria, here are the candidates we talked about. CVs attached.", SUBMITTED, mid,
                         cc="mailer@acme.test")
        kinds = self._read(raw, SUBMITTED)
        got = sorted(s.candidate for s in self.store.all_submissions())
        if got != sorted(names):
            raise SetupFailed(f"the mail gave {got} ({kinds})")
        return mid

    def answer_in_thread(self, mid: str, subject: str, text: str, sender: str, quote: str | None) -> dict:
        quoted = quote if quote is not None else "On Mon, 2 Nov 2026, Rita Recruiter wrote:\n> Hi Maria, here are the candidates."
        body = f"{text}\n\n{quoted}" if quoted else text
        raw = self._mail(sender, "rita@acme.test", f"Re: {subject}", body, ANSWERED, f"answer-{self.uid + 1}@acme.test",
                         cc="mailer@acme.test", headers=f"In-Reply-To: <{mid}>\r\nReferences: <{mid}>\r\n")
        return self._read(raw, ANSWERED)

    def thread_of_a_grouped_nudge(self, names: tuple[str, ...]) -> None:
        for name in names:
            self.submit(SUBMITTED, name)
        sent = self.nudge_pass(NUDGED)
        grouped = [r for r in sent if r.kind == "digest"]
        if len(grouped) != 1:
            raise SetupFailed(f"no single grouped nudge: {[r.kind for r in sent]}")

    def outcomes(self, names: tuple[str, ...]) -> tuple[str, ...]:
        by_name = {s.candidate: outcome_label(s) for s in self.store.all_submissions()}
        return tuple(by_name.get(n, "missing") for n in names)


class SetupFailed(Exception):
    """The thread could not be built (the subject was not read as a list of these names): no verdict on the reply."""


def run_reply(tmp, names: tuple[str, ...], text: str, via: str = "mail", quote: str | None = None,
              manager_name: str = "Maria Manager", sender_name: str | None = None,
              recruiter_name: str = "Rita Recruiter") -> tuple[str, ...]:
    world = NamesWorld(tmp, config_text(managers=(Manager(MANAGER, manager_name),),
                                        recruiters=(("rita@acme.test", recruiter_name, None),)))
    sender = f"{sender_name or manager_name} <{MANAGER}>"
    if via == "mail":
        mid = world.thread_of_one_mail(names)
        world.answer_in_thread(mid, subject_listing(names), text, sender, quote)
    else:
        world.thread_of_a_grouped_nudge(names)
        row = [r for r in world.store.outbox() if r.kind == "digest" and MANAGER in r.recipients][-1]
        quoted = quote if quote is not None else "On Wed, Acme Recruiting wrote:\n> " + "\n> ".join(
            f"{i}. {n}" for i, n in enumerate(names, 1))
        raw = world._mail(sender, "mailer@acme.test", f"Re: {row.subject}", f"{text}\n\n{quoted}", ANSWERED,
                          "answer-nudge@acme.test",
                          headers=f"In-Reply-To: <{row.message_id}>\r\nReferences: <{row.message_id}>\r\n")
        world._read(raw, ANSWERED)
    return world.outcomes(names)
