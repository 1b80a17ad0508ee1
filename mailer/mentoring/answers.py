"""A mentor's reply to an invitation → yes, no or a question (pure). The earliest clear word decides."""

from __future__ import annotations

import re

# Phrases with "no" in them that mean yes, taken out before looking for a no.
_NOT_NO = re.compile(r"\b(no problem|no worries|not a problem|no doubt|why not|no reason not to)\b")
_YES = re.compile(r"\b(yes|yep|yeah|yup|sure|happy to|glad to|gladly|of course|absolutely|definitely|certainly|"
                  r"with pleasure|count me in|i'?m in|i am in|(?:i'?d |i would )?love to|sounds (?:good|great)|"
                  r"why not|ok|okay|no problem|no worries|(?:i'?d be |i would be )?(?:honou?red|delighted)|"
                  r"let'?s do (?:it|this)|agreed|deal)\b")
_NO = re.compile(r"\b(no|nope|can'?t|cannot|unable|decline|not able|too busy|no time|not right now|not now|"
                 r"not at the moment|unfortunately|i'?ll pass|not for me|won'?t be able|afraid not|not this time|"
                 r"rather not)\b")


def read_invitation_reply(text: str) -> str:
    """'yes', 'no' or 'question' (anything unclear goes to the recruiter as a question; nothing changes).

    >>> read_invitation_reply("Happy to! Tuesdays work best.")
    'yes'
    >>> read_invitation_reply("Sorry, I can't take this on right now.")
    'no'
    >>> read_invitation_reply("What would that involve, exactly?")
    'question'
    """
    words = " ".join(text.lower().replace("’", "'").split())[:400]
    yes = _YES.search(words)
    no = _NO.search(_NOT_NO.sub(lambda m: "_" * len(m.group()), words))
    if yes and (not no or yes.start() < no.start()):
        return "yes"
    if no:
        return "no"
    return "question"
