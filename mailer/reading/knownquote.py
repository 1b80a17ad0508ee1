"""A copy of mailer's own mail inside a reply to it, cut from the reply text whatever quoted it (pure).

replytext.py finds quoted history by its marks: "> ", a known quote header, a pasted From:/Sent: block. A client
or language it has not seen leaves the quote in the text. But a reply to mailer's own mail (a check-in, a
follow-up, an invitation) quotes a text mailer knows word for word, so a copy of it is found by its words,
whatever marks, wrapping or header language surround it. This cut runs after replytext's rules, on what they left.

Words are compared, not characters: quote marks, punctuation, spaces, case and where lines wrap are ignored, so a
quote re-wrapped at 60 columns, an HTML quote turned to text and a plain one read the same. A copy is a run of
the reply's lines whose words, together, appear in that order in the known mail: at least two lines and
_MIN_WORDS words, or one line of _MIN_LINE_WORDS (a paragraph an HTML or flowed client kept on one line). One
sentence of the prompt repeated in the person's answer is no copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from email import message_from_bytes
from email.message import Message as EmailMessage
from email.header import decode_header, make_header
from email.utils import getaddresses
import functools
import re
from typing import Mapping, Sequence
import unicodedata

from mailer.model import Message
from mailer.reading import replytext
from mailer.reading.commandwords import DEFAULT_WORDS
from mailer.reading.ownsignoff import without_own_sign_off
from mailer.reading.text import body_part, html_to_text, part_text, tolerant

_MIN_WORDS = 8         # a copy of two lines or more holds at least this many words ...
_MIN_CHARS = 40        # ... and this many characters of them
_MIN_LINE_WORDS = 20   # a copy on one line (a whole paragraph) needs this many
_MAX_LINES = 2000      # a reply longer than this is read only to here (a pasted log is no copy of a prompt)
_RAW_PREFIX = 64_000   # of the known mail's bytes, only the head is read: its text comes first, attachments after
_HEADER_LINE_CHARS = 200
_ATTRIBUTION_CHARS = 300

# Han, kana and Hangul are written without spaces: each character is a word, so a re-wrapped line still matches.
_WORD_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+")
_QUOTED_RE = re.compile(r"^\s*>")
# "Label: value" as a client's header block writes it in any language ("Lähettäjä:", "Kimden:", "Από:", "差出人："):
# a label of one to four words, no digit, then a colon and a value. Bold marks from HTML are read past.
_LABEL_LINE_RE = re.compile(r"^[\s>]*[*_]*(?P<label>[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){0,3})[*_]*\s*[:：]"
                            r"[*_]*\s*\S")
# A rule over a header block ("______", "-------- Original --------" in any language): five marks or more in a short line.
_RULE_LINE_RE = re.compile(r"^[\s>]*.{0,60}?[-_=*]{5,}.{0,60}$")
_ADDRESS_OR_TIME_RE = re.compile(r"@|\d{1,2}[:.]\d{2}|\d{4}")
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？")


@dataclass(frozen=True)
class KnownMail:
    """The text of a mail mailer sent, as a person may quote it: its plain body and its HTML body read as text,
    and the names and addresses of its sender (a quote header above the copy names them)."""

    texts: tuple[str, ...]
    senders: tuple[str, ...] = ()


@functools.lru_cache(maxsize=16)
def known_mail(raw: bytes) -> KnownMail:
    """The quotable text of mailer's own mail from its stored bytes. Only the first _RAW_PREFIX bytes are parsed:
    mailer writes its text and HTML bodies first, so an attached report or picture after them is never read.

    >>> known_mail(b"From: Rita via mailer <m@acme.test>\\n\\nHi Nadia,\\n").texts
    ('Hi Nadia,\\n',)
    """
    msg = message_from_bytes(raw[:_RAW_PREFIX])  # compat32: only a body and From are read, no header objects
    return tolerant(_known_mail, msg, KnownMail(()))


def _known_mail(msg: EmailMessage) -> KnownMail:
    texts = []
    plain, html = body_part(msg, "plain"), body_part(msg, "html")
    if plain is not None:
        texts.append(part_text(plain))
    if html is not None:
        texts.append(html_to_text(part_text(html)))
    senders = []
    for name, address in getaddresses([str(make_header(decode_header(str(msg.get("From", "")))))]):
        senders += [x for x in (name.strip(), name.split(" via ")[0].strip(), address.strip()) if len(x) > 3]
    return KnownMail(tuple(texts), tuple(dict.fromkeys(senders)))


def reply_words(msg: Message, words: Mapping[str, Sequence[str]] = DEFAULT_WORDS) -> str:
    """A reply's own words: replytext's reading, then without any copy of mailer's mail it answers (set at ingest
    as `msg.answers_own`), and without the sender's own name or initials signed under them ("yes" / "Nate": a
    status mail quoted the answer as "yes Nate"). Every reader of a person's words (commands, the manager's
    answer, the journal) reads them here. `words`: the manager's vocabulary, whose answers are never a sign-off."""
    text = replytext.reply_text(msg.parsed) if msg.parsed is not None else msg.body_text
    text = without_known_quote(text, known_mail(msg.answers_own)) if msg.answers_own else text
    return without_own_sign_off(text, msg.sender.name, msg.sender.email, words=words)


def _words(line: str) -> list[str]:
    return _WORD_RE.findall(unicodedata.normalize("NFKC", line).casefold())


def without_known_quote(text: str, known: KnownMail) -> str:
    """The reply text without any copy of `known` in it, nor the header block or attribution line right above a
    copy; the person's words above, between and below stay. In an inline answer (the person's words right under
    a quoted part of the mail, with no quote header over it) that "> "-quoted part stays as their answer's
    context, as replytext keeps it. A text that is all copy becomes "".

    >>> mail = KnownMail(("Hi Nadia,\\n\\nThis check-in's question:\\n\\n  What makes a great first interview?\\n",))
    >>> without_known_quote("Curiosity.\\n\\nOddi wrth: Rita\\nAt: Nadia\\n\\nHi Nadia,\\nThis check-in's "
    ...                     "question: What makes a\\ngreat first interview?", mail)
    'Curiosity.'
    """
    haystacks = [" " + " ".join(_words(t)) + " " for t in known.texts if t.strip()]
    if not haystacks or not text.strip():
        return text
    lines = text.split("\n")
    words = [_words(line) for line in lines[:_MAX_LINES]]
    copies = _copies(lines, words, haystacks)
    if not copies:
        return _without_orphan_head(text, known.senders)
    cut = [False] * len(lines)
    quoted_runs = []
    for start, end in copies:
        head = _head_above(lines, words, start, known.senders)
        quoted = all(_QUOTED_RE.match(lines[k]) for k in range(start, end) if words[k])
        quoted_runs.append((head, start, end, quoted))
        for k in range(head, start):
            cut[k] = True
    own = [bool(words[k]) and not cut[k] and not any(s <= k < e for _, s, e, _ in quoted_runs)
           for k in range(len(words))]
    for head, start, end, quoted in quoted_runs:
        if quoted and head == start and _own_follows(own, words, end):
            # replytext kept a quoted part with the person's words under it, and no quote header opens it: the
            # question they answer inline, kept as its context as before. A header over it opens history instead.
            continue
        for k in range(start, end):
            cut[k] = True
    kept = [line for k, line in enumerate(lines) if not cut[k]]
    return _without_orphan_head(_tidy(kept), known.senders)


def _without_orphan_head(text: str, senders: tuple[str, ...]) -> str:
    """The text without a quote header at its end that names the known mail's sender: replytext cut the quote under
    it but did not know its language ("Pada 1 Des, Rita menulis"). Only under the person's own words, and only one
    that names the sender, so their own last lines ("Date: Tuesday 10:00" / "Place: room 4") stay."""
    lines = text.rstrip().split("\n")
    words = [_words(line) for line in lines]
    head = _head_above(lines, words, len(lines), senders)
    if head == len(lines) or not any(words[:head]):
        return text
    named = " ".join(lines[head:]).casefold()
    if not any(w in named for s in senders for w in ([s.casefold()] if "@" in s else _words(s)) if len(w) > 2):
        return text
    return _tidy(lines[:head])


def _copies(lines: list[str], words: list[list[str]], haystacks: list[str]) -> list[tuple[int, int]]:
    """[start, end) line ranges that are copies, longest first from each start, left to right, not overlapping."""
    found, i, n = [], 0, len(words)
    while i < n:
        if not words[i] or not _somewhere(words[i], haystacks):
            i += 1
            continue
        run, lines_in, end, j = list(words[i]), 1, i + 1, i + 1
        while j < n:
            if words[j]:
                trial = run + words[j]
                if not _somewhere(trial, haystacks):
                    break
                run, lines_in, end = trial, lines_in + 1, j + 1
            j += 1
        if _long_enough(run, lines_in):
            found.append((i, end))
            i = end
        else:
            i += 1
    return found


def _somewhere(run: list[str], haystacks: list[str]) -> bool:
    needle = " " + " ".join(run) + " "
    return any(needle in h for h in haystacks)


def _long_enough(run: list[str], lines: int) -> bool:
    if lines >= 2:
        return len(run) >= _MIN_WORDS and sum(map(len, run)) >= _MIN_CHARS
    return len(run) >= _MIN_LINE_WORDS


def _head_above(lines: list[str], words: list[list[str]], start: int, senders: tuple[str, ...]) -> int:
    """Where the quote's head above line `start` begins (`start` when there is none): a client's header block in
    any language (two "Label: value" lines or more, maybe under a rule), or an attribution line ("… wrote:" in a
    language replytext does not know) that ends in a colon with a date or address, or names the mail's sender;
    each may stand a blank line above the copy."""
    k = start - 1
    while k >= 0 and not lines[k].strip() and start - k <= 2:
        k -= 1
    if k < 0:
        return start
    top = k
    while top >= 0 and _label_line(lines[top]):
        top -= 1
    if k - top >= 2:  # a header block: two labelled lines or more
        return top if top >= 0 and _RULE_LINE_RE.match(lines[top]) else top + 1
    top = k
    while top > 0 and k - top < 2 and _unfinished(lines[top - 1]):
        top -= 1  # an attribution wrapped over up to three lines; a finished sentence above is the person's
    for first in range(top, k + 1):
        joined = " ".join(x.strip() for x in lines[first:k + 1])
        if len(joined) <= _ATTRIBUTION_CHARS and _attribution(joined, senders):
            return first - 1 if first > 0 and _RULE_LINE_RE.match(lines[first - 1]) else first
    if _RULE_LINE_RE.match(lines[k]) and len(words[k]) <= 5:
        return k  # "-------- Original --------" in a language replytext does not know
    return start


def _label_line(line: str) -> bool:
    found = _LABEL_LINE_RE.match(line)
    return found is not None and len(line) <= _HEADER_LINE_CHARS and len(found.group("label").split()) <= 4


def _unfinished(line: str) -> bool:
    """A line an attribution may be wrapped from: not blank, not quoted, not ending a sentence or a closing
    ("Thanks,")."""
    bare = line.strip()
    return bool(bare) and not _QUOTED_RE.match(line) and not bare.endswith((*_SENTENCE_ENDS, ","))


def _attribution(line: str, senders: tuple[str, ...]) -> bool:
    bare = line.lstrip("> ").rstrip()
    if bare.endswith((":", "：")) and _ADDRESS_OR_TIME_RE.search(bare):
        return True
    if bare.endswith(_SENTENCE_ENDS):
        return False  # "I told Rita Recruiter." is the person's sentence, not a header naming her
    folded, own = bare.casefold(), set(_words(bare))
    if any("@" in s and s.casefold() in folded for s in senders):
        return True
    # "Rita Recruiter kirjutas teisipäeval": the full name and words of a header; the name alone is a signature
    if any(" " in s and s.casefold() in folded and own - set(_words(s)) for s in senders):
        return True
    # "Rita skrev:", "Rita a écrit :": a short line ending in a colon that names the sender by a word of their name
    # ("Pada 1 Des, Rita menulis"): or one with a date
    named = {w for s in senders if "@" not in s for w in _words(s) if len(w) > 2}
    return (bare.endswith((":", "：")) or bool(re.search(r"\d", bare))) and len(bare.split()) <= 8 \
        and bool(named & set(_words(bare)))


def _own_follows(own: list[bool], words: list[list[str]], end: int) -> bool:
    """Whether the person's own words come next under a copy ending at `end` (blank lines read past)."""
    for k in range(end, len(words)):
        if words[k]:
            return own[k]
    return False


def _tidy(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line)
    return "\n".join(out).strip()
