"""Commands in the new text of a reply ("pass - too junior", "1 yes, 2 snooze 1w") → Parsed, or a friendly problem."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import islice
import re
from typing import Mapping, Sequence
from zoneinfo import ZoneInfo

from mailer.reading import bynames, sentences, yesno, yesnowords
from mailer.reading.bannerwords import skip_banner
from mailer.reading.commandlines import GREETING, MAX_LINES, POINTS_BELOW, SIGN_OFF, below, gist, own_lines
from mailer.reading.commandtimes import MAX_SNOOZE, SOFT_SNOOZE_WORDS, TIMED_VERBS, only_a_time, snooze_until
from mailer.reading.commandwords import (DEFAULT_WORDS, HELP_TEXT, MANAGER_VERBS, RECRUITER_VERBS, ROLE_VERBS, VERBS,
                                         YOU_CAN, vocabulary, words_key)

# Re-exported: the command reader's public names, wherever they live.
__all__ = ["Command", "Parsed", "parse_commands", "gist", "DEFAULT_WORDS", "HELP_TEXT", "VERBS", "MANAGER_VERBS",
           "RECRUITER_VERBS"]


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


_SNOOZE_HELP = "I couldn't tell how long to snooze: write e.g. 'snooze 3d' or 'snooze until Monday'."


# An item number: "1 yes", "1: yes", "1. yes", "1) pass", "#1 interview", "1 - pass".
_ITEM = re.compile(r"#?\s*(\d{1,3})(?:\s*[.):\-–]\s*|\s+)")
# Parts of one line split at "," or ";" only when an item number follows, so a comment may hold commas.
_PART_SPLIT = re.compile(r"\s*[,;]\s*(?=#?\d{1,3}(?:\s*[.):\-–]|\s))")
# Between a command word and its comment. A bare hyphen must touch a space: "no-brainer" is not "no".
_COMMENT = re.compile(r"(?:\s*[,.!:;]+|\s*[–—]+|\s+-+|-+(?=\s))\s*(?P<comment>.*)", re.S)
# Where a snooze argument ends and its comment starts; ", 2026" continues a date, ". " or " - " do not.
_SNOOZE_END = re.compile(r"\s*(?:[;!]|,(?!\s*\d)|\.(?=\s)|\s[-–—]+\s)\s*")



def parse_commands(text: str, now: datetime, tz: ZoneInfo, role: str = "manager", items: int | None = None,
                   words: Mapping[str, Sequence[str]] = DEFAULT_WORDS, names: Sequence[str] = ()) -> Parsed:
    """The commands on the first meaningful line (or the numbered lines starting there) of a reply's new text.
    `names`: the candidates of a thread holding several, in their numbered order; a manager may then answer each
    by name ("interview Jane, pass on Omar"), read only when sure (`_by_name`)."""
    if role not in ROLE_VERBS:
        raise ValueError(f"unknown role {role!r}")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    ctx = _Context(now.astimezone(timezone.utc), tz, role, *vocabulary(words_key(words)))
    # A gateway's banner the reply text kept (bannerwords) is never where the decision is read.
    lines = skip_banner(list(islice(own_lines(text), MAX_LINES)))
    for index, line in enumerate(lines):
        greeting = GREETING.match(line)
        if (greeting and not greeting.group("rest")) or POINTS_BELOW.match(line):
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
    if ctx.role == "manager" and len(names) > 1 and (by_name := _by_name(lines, names, ctx)):
        return Parsed(by_name)
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
    if command.verb == "snooze" and command.comment and (word := yesno.lone_word_after_but(command.comment)):
        said = ctx.pattern.fullmatch(word)
        verb = ctx.verbs[said.lastindex - 1] if said else sentences.decision([word])
        if verb in _SENTENCE_CHECKED:
            return (Command(verb),)
    if (rest := _after_else(command, lines[0], ctx)) is not None:
        verb = sentences.decision([rest]) if rest else None
        return (Command(verb),) if verb and not yesno.undone_below(verb, below(lines)) else ()
    if command.verb in _SENTENCE_CHECKED and not _yes_no_stands(command, lines, ctx):
        return ()
    if command.verb in _SENTENCE_CHECKED and _particle(lines[0], ctx) and \
            yesno.undone_below(command.verb, below(lines)):
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
    word = _particle(lines[0], ctx)
    if word is None:
        return True  # an explicit word ("interview", "pass - too junior") names its decision
    said = command.comment
    if (not said or yesno.only_courtesy(said)) and len(lines) > 1 and not SIGN_OFF.match(lines[1]):
        said = f"{said} {lines[1]}".strip()
    if word in yesnowords.NEEDS_SUPPORT and (not said or yesno.only_courtesy(said)):
        return False  # "Tak!" thanks in Danish, "Certo, obrigada!" notes the mail
    if said == command.comment:
        again, _ = _part(command.comment, None, ctx)
        if again is not None and again.verb == command.verb:
            return yesno.stands(command.verb, again.comment)
    return yesno.stands(command.verb, said)


def _particle(line: str, ctx: _Context) -> str | None:
    """The yes or no `line` opens with, in its normal form, or None (an explicit word or no command word)."""
    word = ctx.pattern.match(line)
    normal = yesnowords.normal(word.group()) if word else None
    return normal if normal in ctx.particles else None


def _after_else(command: Command, line: str, ctx: _Context) -> str | None:
    """A yes or no whose first clause answers something else ("Nee, ik heb geen vragen, graag een gesprek", "Ja,
    ontvangen. Helaas niet geschikt."): the rest of its line, which alone may decide; None for any other command."""
    word = ctx.pattern.match(line)
    if word is None or yesnowords.normal(word.group()) not in ctx.particles or not command.comment:
        return None
    return yesno.after_else(command.verb, command.comment)


_BY_NAME_LINES = 4  # answers by name are short; a longer mail is a note for the recruiter to read
_QUESTION_OR_CONDITION = re.compile(r"\?|\b(?:if|unless|falls|wenn|sauf|salvo)\b", re.IGNORECASE)  # "si" is also a yes
# Words that take the firmness out of answers by name ("Jane yes, Omar no. Maybe.", "… Kidding!"): a capitalised
# word alone passes as the writer's name, so these are named here; anywhere in the answers, they leave no split.
_HEDGE = re.compile(
    r"\b(?:maybe|perhaps|probably|possibly|unsure|undecided|not\s+sure|tentative(?:ly)?|h+m{2,}|kidding|jk|vice\s+versa|"
    r"revers(?:e|ed)|other\s+way\s+(?:round|around)|preliminary|provisional(?:ly)?|second\s+thoughts?|"
    r"vielleicht|eventuell|evtl|unsicher|umgekehrt|vorläufig|wahrscheinlich|"
    r"peut[- ]être|probablement|l'inverse|provisoirement|pas\s+sûr|"
    r"quizás?|tal\s+vez|a\s+lo\s+mejor|probablemente|al\s+revés|provisionalmente|no\s+estoy\s+segur[oa])\b",
    re.IGNORECASE)


def _by_name(lines: list[str], names: Sequence[str], ctx: _Context) -> tuple[Command, ...]:
    """The decisions of a reply that answers candidates by name, each numbered as in a numbered answer; () unless
    every clause is either one candidate's name with a decision or courtesy ("Thanks"): a decision attached to no
    name, a name with no decision ("Jane from HR says pass"), a name that is not sure (bynames.py), a question, a
    condition or two different decisions for one candidate leave the reply to be read as it always was."""
    own = []
    for index, line in enumerate(lines):
        if index and (SIGN_OFF.match(line) or _signature(line, names, ctx)):
            break  # the writer's own name, title and contact details end the answers as a sign-off does
        if index >= _BY_NAME_LINES:  # past the answers only courtesy or a name may stand, never cut off unread
            if not _only_courtesy(line, names, ctx):  # "Sorry, scratch that: Jane no"
                return ()
            continue
        own.append(line)
    if any(_QUESTION_OR_CONDITION.search(line) or _HEDGE.search(line) for line in own):
        return ()
    found = bynames.clauses(own, names)
    if not found:
        return ()
    decided: dict[int, Command] = {}
    for item, rest in found:
        command = _named_decision(rest, item, ctx)
        if item is None:  # only courtesy may stand beside the named answers: no command word anywhere in it
            if command is not None or _says_a_command(rest, ctx) or not (yesno.only_courtesy(rest) or
                                                                           SIGN_OFF.match(rest)):
                return ()
            continue
        if command is None or decided.setdefault(item, command).verb != command.verb:
            return ()
    return tuple(decided[item] for item in sorted(decided))


def _only_courtesy(line: str, names: Sequence[str], ctx: _Context) -> bool:
    """A line that names no candidate and says no command: "Thanks again", the writer's name, their title."""
    found = bynames.clauses([line], names)
    return (found is not None and not any(item for item, _ in found) and not _says_a_command(line, ctx)
            and not _HEDGE.search(line) and yesno.only_courtesy(line))


def _signature(line: str, names: Sequence[str], ctx: _Context) -> bool:
    """A one-line signature ("Maria Manager | Head of Engineering | +1 555 0100") naming no candidate; without a
    contact detail it must say no command word either ("Pass | Interview" is no one's name and title)."""
    if not bynames.signature_line(line) or (not bynames.has_contact(line) and _says_a_command(line, ctx)):
        return False
    found = bynames.clauses([line], names)
    return found is not None and not any(item for item, _ in found)


def _says_a_command(text: str, ctx: _Context) -> bool:
    """A command word starts one of its words: "Interview Li" (a name not in the thread), "thanks, pass"."""
    return any(ctx.pattern.match(text, word.start()) for word in re.finditer(r"(?<!\w)\w", text))


def _named_decision(rest: str, item: int | None, ctx: _Context) -> Command | None:
    """What is left of a clause once the name is out ("pass", "yes", "Let's meet", "Not", "snooze 1w") as one
    candidate's decision, or None."""
    rest = rest.strip(" :–—-,.!")
    if not rest:
        return None
    if bynames.NOT_HIM_OR_HER.fullmatch(rest):
        return Command("pass", item)
    if bynames.MEET.fullmatch(rest):
        return Command("interview", item)
    command, problem = _part(rest, item, ctx)
    if problem or command is None or command.verb not in MANAGER_VERBS - {"stop"}:
        verb = None if problem else sentences.decision([rest])
        return Command(verb, item) if verb else None
    if command.verb in _SENTENCE_CHECKED and not _with_sentences(command, [rest], ctx):
        return None
    return command


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
    if (command or problem) and verb not in ROLE_VERBS[ctx.role]:
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
    asked = argument.strip().endswith("?")  # "remind me tomorrow?" asks whether to
    argument = argument.strip().rstrip(".!?").strip()
    if comment.endswith("?") or asked:
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
        return f"'{word}' is a command for recruiters. {YOU_CAN['manager']}"
    return f"'{word}' is a command for the hiring manager. {YOU_CAN['recruiter']}"


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
