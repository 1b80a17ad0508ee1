"""Names typed on the command line (pure): ops write `mailer forget Omar Haddad` and `mailer journal Rita`
without quotes, so the shell hands over words, not names. Words are joined into the names they spell, and a
person is found by address, full name or a first name that only one of them has.
"""

from __future__ import annotations

from mailer.model import candidate_key as fold


def is_id(word: str) -> bool:
    """`12` or `#12`: a submission id, never part of a name."""
    return word.lstrip("#").isdigit()


def name_groups(words: list[str], known: set[str]) -> list[str]:
    """The targets `words` name: each id alone; other words joined into the longest runs that are `known`
    names (folded), so an unquoted `Omar Haddad` is one name and `Omar Haddad Jane Doe` two. Words that start
    no known name stay together up to the next that does, so a miss is told as the name that was typed.

    >>> name_groups(["Omar", "Haddad", "12", "jane", "doe"], {"omar haddad", "jane doe"})
    ['Omar Haddad', '12', 'jane doe']
    >>> name_groups(["Omar", "Hadad"], {"omar haddad"})
    ['Omar Hadad']
    """
    groups: list[str] = []
    unmatched: list[str] = []

    def flush() -> None:
        if unmatched:
            groups.append(" ".join(unmatched))
            unmatched.clear()

    index = 0
    while index < len(words):
        if is_id(words[index]):
            flush()
            groups.append(words[index])
            index += 1
            continue
        end = index
        while end < len(words) and not is_id(words[end]):
            end += 1
        longest = next((stop for stop in range(end, index, -1) if fold(" ".join(words[index:stop])) in known), None)
        if longest is None:
            unmatched.append(words[index])
            index += 1
            continue
        flush()
        groups.append(" ".join(words[index:longest]))
        index = longest
    flush()
    return groups


def similar_names(wanted: str, names: list[str]) -> list[str]:
    """Names `wanted` may have meant: containing it, sharing a word with it, or spelled alike.

    >>> similar_names("Omar Hadad", ["Omar Haddad", "Jane Doe"])
    ['Omar Haddad']
    """
    import difflib
    key, words = fold(wanted), set(fold(wanted).split())
    by_key = {fold(n): n for n in names}
    close = set(difflib.get_close_matches(key, list(by_key), n=3, cutoff=0.75))
    return sorted({n for k, n in by_key.items() if key and (key in k or words & set(k.split()) or k in close)})


def person(text: str, people: dict[str, str]) -> tuple[str | None, list[str]]:
    """(the address `text` names, []) or (None, the listed names it may mean). `text` is an address (taken as
    written, lower-cased, listed or not: the caller decides), a listed full name in any case, or a first name
    that only one listed person has.

    >>> person("Rita", {"r1@acme.example": "Rita Recruiter", "r2@acme.example": "Sam Sourcer"})
    ('r1@acme.example', [])
    >>> person("rita", {"r1@acme.example": "Rita Recruiter", "r2@acme.example": "Rita Other"})
    (None, ['Rita Other', 'Rita Recruiter'])
    """
    if "@" in text and len(text.split()) == 1:
        return text.strip().lower(), []
    wanted = fold(text)
    full = [email for email, name in people.items() if name and fold(name) == wanted]
    if len(full) == 1:
        return full[0], []
    first = [email for email, name in people.items() if name and fold(name).split()[:1] == wanted.split()]
    if len(first) == 1 and not full:
        return first[0], []
    named = [people[e] for e in (full or first)] or similar_names(text, [n for n in people.values() if n])
    return None, sorted(set(named))


def split_pair(words: list[str], first: dict[str, str], second: dict[str, str]) -> tuple[str, str] | None:
    """Two people typed as unquoted words (`--restart Rita Recruiter Nadia Mentor`): the one split of the words
    where the left names someone in `first` and the right someone in `second`, or None."""
    found = set()
    for cut in range(1, len(words)):
        left, _ = person(" ".join(words[:cut]), first)
        right, _ = person(" ".join(words[cut:]), second)
        if left and right:
            found.add((left, right))
    return found.pop() if len(found) == 1 else None
