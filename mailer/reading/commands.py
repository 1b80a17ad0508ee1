"""Commands in the new text of a reply ("pass - too junior", "1 yes, 2 snooze 1w") → Parsed, or a friendly problem."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from itertools import islice
import re
from typing import Iterator, Mapping, Sequence
import unicodedata
from zoneinfo import ZoneInfo

from mailer.reading import sentences, yesno, yesnowords
from mailer.reading.commandtimes import MAX_SNOOZE, SOFT_SNOOZE_WORDS, TIMED_VERBS, only_a_time, snooze_until
from mailer.reading.replymarkers import QUOTE_RE


@dataclass(frozen=True)
class Command:
    verb: str  # one of VERBS
    item: int | None = None  # 1-based candidate number in a grouped mail; None = the whole thread
    until: datetime | None = None  # snooze: aware UTC instant the snooze ends
    argument: str = ""  # forget: the candidate name as written
    comment: str = ""  # free text after the command on the same line


@dataclass(frozen=True)
class Parsed:
    """`problem` set ⇒ `commands` is empty: a reply is applied whole or not at all."""

    commands: tuple[Command, ...]
    problem: str | None = None


VERBS = ("interview", "pass", "hold", "hired", "snooze", "not_mine", "stop", "status", "done", "forget")
MANAGER_VERBS = frozenset({"interview", "pass", "hold", "hired", "snooze", "not_mine", "stop"})
RECRUITER_VERBS = frozenset({"status", "stop", "done", "snooze", "forget"})
_ROLE_VERBS = {"manager": MANAGER_VERBS, "recruiter": RECRUITER_VERBS}

# The command vocabulary; its yes and no (a word that answers without naming the decision, judged by what follows
# it) live in yesnowords.py with every other reader's.
DEFAULT_WORDS: dict[str, tuple[str, ...]] = {
    "interview": ("interview", "approve", "approved", "let's talk", "lets talk", "let's chat", "entretien",
                  "entrevista", *yesnowords.MANAGER_YES),
    "pass": ("pass", "reject", "rejected", "decline", "declined", "not a fit", "not a match", "not interested",
             "hard pass", "not for us", *yesnowords.MANAGER_NO),
    "hold": ("hold", "on hold", "wait", "later"),
    "hired": ("hired",),
    "snooze": ("snooze", "remind me", *SOFT_SNOOZE_WORDS),
    "not_mine": ("not mine", "wrong person", "wrong manager", "not my role", "not my req", "not my candidate"),
    "stop": ("stop", "unsubscribe"),
    "status": ("status",),
    "done": ("done", "closed", "filled"),
    "forget": ("forget",),
}

HELP_TEXT: dict[str, str] = {
    "manager": (
        "Reply with one of these on the first line; a note after a dash is fine (\"pass - too junior\").\n"
        "  interview (or yes)   you'd like to meet the candidate\n"
        "  pass (or no)         not a fit\n"
        "  hold                 keep the candidate on hold\n"
        "  hired                you hired the candidate\n"
        "  snooze 3d            remind me later: snooze 4h, snooze 1w, snooze until Monday, snooze till 3 Dec\n"
        "  not mine             this candidate isn't for your role\n"
        "  stop                 no more reminders in this thread\n"
        "When my mail lists several candidates, answer by number: \"1 yes, 2 pass, 3 snooze 1w\".\n"
    ),
    "recruiter": (
        "Reply with one of these on the first line:\n"
        "  status               where your candidates stand\n"
        "  snooze 3d            pause reminders: snooze 1w, snooze until Monday, snooze till 3 Dec\n"
        "  done (or filled)     the role is filled or closed\n"
        "  forget Jane Doe      stop tracking that candidate\n"
        "  stop                 no more reminders in this thread\n"
    ),
}

_YOU_CAN = {"manager": "As the hiring manager you can reply interview, pass, hold, snooze, not mine or stop.",
            "recruiter": "As the recruiter you can reply status, snooze, done, forget <name> or stop."}
_MAX_LINES = 20  # a command sits at the top; the rest of a long mail is never read
_LINE_PEEK = 300  # commands are short, so every pattern only sees a line's first characters
_SNOOZE_HELP = "I couldn't tell how long to snooze: write e.g. 'snooze 3d' or 'snooze until Monday'."
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"

# "Hi Rita,", "Thanks!", "Hallo Rita," alone on a line (skipped), or "Hi Rita, pass" (the rest is read). A waving
# hand ends a greeting; a thumb after it ("Hi Rita, 👍") is the answer.
_GREETING = re.compile(
    r"(?:hi|hello|hey|dear|hallo|hola|bonjour|salut|ciao|moin|servus|good\s+(?:morning|afternoon|evening)|"
    r"hoi|goedemorgen|goedemiddag|buongiorno|olá|oi|bom\s+dia|boa\s+tarde|"
    r"guten\s+(?:morgen|tag)|buenos\s+d[ií]as|thanks|thank\s+you|many\s+thanks|thx|cheers)(?!\w)"
    r"(?:\s+[^\W\d_][\w.'-]*){0,3}?\s*(?:[^\w👍👎]*$|,\s*(?P<rest>\S.*))", re.I)
# A line that only points to answers written between the quoted lines ("Answers below.", "See my comments
# inline"): the decision is the first line of the person's own under it, as if the pointer were a greeting.
_POINTS_BELOW = re.compile(
    r"(?:(?:my\s+)?(?:answers?|comments?|replies|responses?|notes?)\s+(?:are\s+)?(?:below|inline|in[\s-]line)|"
    r"see\s+(?:my\s+)?(?:(?:answers?|comments?|notes?)\s+)?(?:below|inline)|answered\s+inline|"
    r"(?:meine\s+)?antworten\s+(?:unten|im\s+text)|siehe\s+unten|r[ée]ponses?\s+(?:ci-dessous|dans\s+le\s+texte)|"
    r"voir\s+ci-dessous|(?:mis\s+)?respuestas?\s+(?:abajo|entre\s+l[ií]neas)|ver\s+abajo)\W*$", re.I)
# An item number: "1 yes", "1: yes", "1. yes", "1) pass", "#1 interview", "1 - pass".
_ITEM = re.compile(r"#?\s*(\d{1,3})(?:\s*[.):\-–]\s*|\s+)")
# Parts of one line split at "," or ";" only when an item number follows, so a comment may hold commas.
_PART_SPLIT = re.compile(r"\s*[,;]\s*(?=#?\d{1,3}(?:\s*[.):\-–]|\s))")
# Between a command word and its comment. A bare hyphen must touch a space: "no-brainer" is not "no".
_COMMENT = re.compile(r"(?:\s*[,.!:;]+|\s*[–—]+|\s+-+|-+(?=\s))\s*(?P<comment>.*)", re.S)
# Where a snooze argument ends and its comment starts; ", 2026" continues a date, ". " or " - " do not.
_SNOOZE_END = re.compile(r"\s*(?:[;!]|,(?!\s*\d)|\.(?=\s)|\s[-–—]+\s)\s*")



def parse_commands(text: str, now: datetime, tz: ZoneInfo, role: str = "manager", items: int | None = None,
                   words: Mapping[str, Sequence[str]] = DEFAULT_WORDS) -> Parsed:
    """The commands on the first meaningful line (or the numbered lines starting there) of a reply's new text."""
    if role not in _ROLE_VERBS:
        raise ValueError(f"unknown role {role!r}")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    ctx = _Context(now.astimezone(timezone.utc), tz, role, *_vocabulary(_words_key(words)))
    lines = list(islice(_lines(text), _MAX_LINES))
    for index, line in enumerate(lines):
        greeting = _GREETING.match(line)
        if (greeting and not greeting.group("rest")) or _POINTS_BELOW.match(line):
            continue
        lines = lines[index:]
        if greeting:
            lines[0] = greeting.group("rest")
        break
    else:
        return Parsed(())
    item = _ITEM.match(lines[0])
    if item and ctx.pattern.match(lines[0], item.end()):
        return _numbered(lines, items, ctx)
    command, problem = _part(lines[0], None, ctx)
    if problem:
        return Parsed((), problem)
    if ctx.role == "manager":
        return Parsed(_with_sentences(command, lines, ctx))
    return Parsed((command,) if command else ())


def _with_sentences(command: Command | None, lines: list[str], ctx: _Context) -> tuple[Command, ...]:
    """A manager may write the decision as a sentence ("Interview please, sorry for the delay"). A one-word
    command whose comment states a different decision ("No, let's interview her", "Sí. Bueno, no, mejor paso")
    is unsure, and a "yes" or "no" that only says the mail came or was not read yet ("Yes, I got it, will review
    tonight", "Non, je n'ai pas encore regardé") answers that, not the candidate: no command."""
    if command is None:
        verb = sentences.decision(lines[:5])
        return (Command(verb),) if verb else ()
    if command.verb in _SENTENCE_CHECKED and not _yes_no_stands(command, lines, ctx):
        return ()
    if command.comment and command.verb in _SENTENCE_CHECKED:
        other = sentences.decision([command.comment])
        if other is not None and other != command.verb:
            return ()
        if other is None and sentences.only_acknowledged(command.comment):
            return ()
        for clause in _BARE_CLAUSE.split(command.comment):
            word = ctx.pattern.fullmatch(clause.strip())
            if word and ctx.verbs[word.lastindex - 1] in _SENTENCE_CHECKED - {command.verb}:
                return ()
    return (command,)


def _yes_no_stands(command: Command, lines: list[str], ctx: _Context) -> bool:
    """A "yes" or "no" is the decision only when what follows it supports it or says nothing (reading/yesno.py):
    its comment, and the next line when the comment is empty or only courtesy ("No.\nI need more time to review.").
    A comment that is itself a command of the same verb ("Nah, pass", "Yes, interview next week") supports it."""
    word = ctx.pattern.match(lines[0])
    if word is None or yesnowords.normal(word.group()) not in ctx.particles:
        return True  # an explicit word ("interview", "pass - too junior") names its decision
    said = command.comment
    if (not said or yesno.only_courtesy(said)) and len(lines) > 1 and not _SIGN_OFF.match(lines[1]):
        said = f"{said} {lines[1]}".strip()
    if said == command.comment:
        again, _ = _part(command.comment, None, ctx)
        if again is not None and again.verb == command.verb:
            return yesno.stands(command.verb, again.comment)
    return yesno.stands(command.verb, said)


# Where a comment's clauses end: a bare "no" standing between two of them contradicts the "yes" before.
_BARE_CLAUSE = re.compile(r"[,.;:!?]+")


_SENTENCE_CHECKED = frozenset({"interview", "pass", "hold", "hired"})


@dataclass(frozen=True)
class _Context:
    now: datetime  # UTC
    tz: ZoneInfo
    role: str
    pattern: re.Pattern[str]
    verbs: tuple[str, ...]  # verbs[i] is the verb of the pattern's group i + 1
    particles: frozenset[str]  # the vocabulary's yes and no words (yesnowords.py), ops' own among them


def _lines(text: str) -> Iterator[str]:
    """Non-empty cleaned lines of the person's own words, each cut to _LINE_PEEK; lazy, so a huge mail costs only
    what is read. Quoted lines ("> …") are skipped: the reply text keeps a quote above an answer written under or
    between quoted lines as its context, and a quoted "pass" or "snooze 3d" is the earlier mail's, never a command."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        end = size if end < 0 else end
        raw = text[start:min(end, start + _LINE_PEEK)]
        line = "" if QUOTE_RE.match(raw) else _clean(raw)
        if line:
            yield line
        start = end + 1


def _clean(line: str) -> str:
    # NFC so a decomposed "sí" matches; curly apostrophes so "let’s talk" matches; "*yes*" from HTML emphasis.
    line = unicodedata.normalize("NFC", line).replace("’", "'")
    return line.strip().strip(_ZERO_WIDTH).strip().lstrip("*_").strip()


def _words_key(words: Mapping[str, Sequence[str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((verb, tuple(phrases)) for verb, phrases in words.items())


@lru_cache(maxsize=16)
def _vocabulary(key: tuple[tuple[str, tuple[str, ...]], ...]
                ) -> tuple[re.Pattern[str], tuple[str, ...], frozenset[str]]:
    """One alternation over every phrase, longest first, so "not mine" beats "no" and "yes" beats "y".
    Each phrase is a group, found by number: re.I folds case more loosely than str.lower() ("ſ" is "s")."""
    verb_of: dict[str, str] = {}
    for verb, phrases in key:
        if verb in VERBS:  # config validates keys; an unknown one is simply not a command here
            for phrase in phrases:
                normal = " ".join(_clean(phrase).lower().split())
                if normal:
                    verb_of.setdefault(normal, verb)
    ordered = sorted(verb_of, key=len, reverse=True)
    alternatives = []
    for phrase in ordered:
        body = r"\s+".join(re.escape(word) for word in phrase.split())
        # A word must end at a word boundary ("no" is not "nothing"); an emoji needs none.
        alternatives.append("(" + body + (r"(?!\w)" if phrase[-1].isalnum() else "") + ")")
    return (re.compile("|".join(alternatives) or "(?!)", re.I), tuple(verb_of[phrase] for phrase in ordered),
            yesnowords.manager_particles(dict(key)))


def _part(text: str, item: int | None, ctx: _Context) -> tuple[Command | None, str | None]:
    """(command, None), (None, problem), or (None, None) when `text` is free text."""
    match = ctx.pattern.match(text)
    if not match:
        return None, None
    verb, rest = ctx.verbs[match.lastindex - 1], text[match.end():]
    soft = verb == "snooze" and " ".join(match.group().lower().split()) in SOFT_SNOOZE_WORDS
    if soft and ctx.role != "manager":
        return None, None  # a recruiter's "I'll get back to you next week" promises the manager an answer
    if verb == "snooze":
        command, problem = _snooze(rest, item, ctx)
        if problem and soft:
            return None, None  # "I'll get back to you after the offsite" is a sentence: no help reply to it
    elif verb == "forget":
        command, problem = _forget(rest, item)
    elif not any(ch.isalnum() for ch in rest):  # "yes", "No.", "yes 👍", "pass :)"
        command, problem = Command(verb, item), None
    elif verb in TIMED_VERBS and only_a_time(rest):  # "interview on Monday", "Interview 12/10/2026 2:00 PM"
        command, problem = Command(verb, item, comment=rest.strip()), None
    else:
        comment = _comment(rest)
        if comment is None:
            return None, None  # "Yes please send more like her": a sentence, not a command
        command, problem = Command(verb, item, comment=comment), None
    if (command or problem) and verb not in _ROLE_VERBS[ctx.role]:
        if any(ch.isalnum() for ch in rest) and yesnowords.normal(match.group()) in ctx.particles:
            return None, None  # a recruiter's "Yes, I'll call her tomorrow" is a sentence, not a misplaced command
        return None, _role_problem(match.group(), ctx.role)
    return command, problem


def _comment(rest: str) -> str | None:
    """The comment after a separator; None if there is none, or if the comment is a question: "Wait, who is
    this?" asks a person for something, so the reply is left as free text rather than acted on."""
    match = _COMMENT.match(rest)
    if not match:
        return None
    comment = match.group("comment").strip()
    return None if comment.endswith("?") else comment


def _snooze(rest: str, item: int | None, ctx: _Context) -> tuple[Command | None, str | None]:
    body = re.sub(r"^\s*[:\-–—]?\s*", "", rest)
    end = _SNOOZE_END.search(body)
    argument, comment = (body[:end.start()], body[end.end():].strip()) if end else (body, "")
    argument = argument.strip().rstrip(".!?").strip()
    if comment.endswith("?"):
        return None, None
    if not argument:
        return None, _SNOOZE_HELP
    until = snooze_until(argument, ctx.now, ctx.tz)
    if until is None:
        # "snooze whenever" wants help; "remind me what this role is?" is a sentence that starts alike.
        if "?" in body or len(argument.split()) > 5:
            return None, None
        return None, _SNOOZE_HELP
    if until <= ctx.now:
        return None, f"'{argument}' is not in the future; write e.g. 'snooze 3d' or 'snooze until Monday'."
    if until - ctx.now > MAX_SNOOZE:
        return None, f"I can snooze for at most 90 days, and '{argument}' is further away than that."
    return Command("snooze", item, until=until, comment=comment), None


def _forget(rest: str, item: int | None) -> tuple[Command | None, str | None]:
    # The name is the rest of the line; only a spaced dash or ";" starts a comment, as names hold hyphens.
    body = re.sub(r"^\s*[:\-–—]?\s*", "", rest)
    if "?" in body:
        return None, None  # "Forget who?"
    end = re.search(r"\s[-–—]+\s|;", body)
    name, comment = (body[:end.start()], body[end.end():]) if end else (body, "")
    name = name.strip().rstrip(".!").strip()
    if not name and item is None:
        return None, "Which candidate should I forget? Write e.g. 'forget Jane Doe'."
    return Command("forget", item, argument=name, comment=comment.strip()), None


def _role_problem(word: str, role: str) -> str:
    if role == "manager":
        return f"'{word}' is a command for recruiters. {_YOU_CAN['manager']}"
    return f"'{word}' is a command for the hiring manager. {_YOU_CAN['recruiter']}"


def _numbered(lines: list[str], items: int | None, ctx: _Context) -> Parsed:
    """Numbered parts on one line or several. One bad part makes the whole reply a problem, so a manager
    never has half a reply applied and the rest silently dropped."""
    commands: list[Command] = []
    problems: list[str] = []
    seen: set[int] = set()
    for line in lines:
        if not _ITEM.match(line):
            break  # "Thanks, Maria" after the list
        for part in _PART_SPLIT.split(line):
            item = _ITEM.match(part)
            number = int(item.group(1))
            rest = part[item.end():]
            command, problem = _part(rest, number, ctx)
            # "1 no - I need more time to review": a yes/no its comment does not support decides nothing for that
            # candidate, who keeps waiting as an unmentioned one does (the others are still applied)
            deferred = command is not None and command.verb in _SENTENCE_CHECKED and \
                not _yes_no_stands(command, [rest.strip()], ctx)
            if deferred:
                command = None
            if items is None:
                problem = ("My mail was about one candidate, so there is nothing to number: reply with just "
                           "the command, e.g. 'interview'.")
            elif not 1 <= number <= items:
                problem = f"There is no candidate {number}: my mail listed {items}."
            elif command is None and problem is None and not deferred:
                problem = f"I couldn't read '{part}': write e.g. '{number} pass'."
            elif number in seen:
                problem = f"Candidate {number} got more than one answer."
            seen.add(number)
            if problem:
                if problem not in problems:
                    problems.append(problem)
            elif command:
                commands.append(command)
    if problems:
        return Parsed((), " ".join(problems))
    return Parsed(tuple(commands))


# A sign-off line ("Thanks,", "Best regards", "Cheers, Maria", "Viele Grüße", "Merci", "Saludos").
_SIGN_OFF = re.compile(
    r"(?:thanks|thank you|many thanks|thx|ty|cheers|best|best regards|kind regards|regards|all the best|warm regards|"
    r"br|danke|vielen dank|viele grüße|beste grüße|liebe grüße|grüße|mfg|gruß|merci|cordialement|bien à vous|"
    r"bonne journée|gracias|saludos|un saludo|atentamente)\b[\s,.!]*(?:[^\W\d_][\w.'-]*\s*){0,3}$", re.I)


def gist(text: str, limit: int = 160) -> str:
    """What a reply says, for quoting it back: greeting and sign-off (with the name under it) dropped, the
    rest on one line, shortened at a word. "Hi Rita,\nNot enough Go.\nThanks,\nMaria" → "Not enough Go." """
    lines = list(islice(_lines(text), _MAX_LINES))
    while lines:
        greeting = _GREETING.match(lines[0])
        if not greeting:
            break
        if greeting.group("rest"):
            lines[0] = greeting.group("rest")
            break
        lines.pop(0)
    for index, line in enumerate(lines):
        if index and _SIGN_OFF.match(line):
            lines = lines[:index]  # the sign-off and the name under it
            break
    said = " ".join(" ".join(lines).split())
    if len(said) <= limit:
        return said
    return said[:limit].rsplit(" ", 1)[0].rstrip(",;:-–—") + "…"
