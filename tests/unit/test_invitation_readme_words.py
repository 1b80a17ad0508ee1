"""Every word README.md's Invitations bullet gives as an invitation's yes reads as yes alone (mentoring/answers.py):
"volentieri" was a question. The words are listed here and read from README.md, so a word added there is tested."""

from pathlib import Path
import re

import pytest

from mailer.mentoring.answers import read_invitation_reply

README = Path(__file__).resolve().parents[2] / "README.md"
# The yes words README.md's Invitations bullet lists (also read from README.md below, so a word added there is
# tested too).
README_YES_WORDS = ("sure", "happy to", "count me in", "ja, gerne", "avec plaisir", "con mucho gusto", "graag",
                    "volentieri", "com prazer")


def _readme_yes_words() -> tuple[str, ...]:
    bullet = re.search(r"\*\*Invitations\*\*.*?The reply is read as yes \((.*?)\), no \(", README.read_text(), re.S)
    return tuple(re.findall(r'"([^"]+)"', bullet.group(1))) if bullet else ()


@pytest.mark.parametrize("words", sorted(set(README_YES_WORDS) | set(_readme_yes_words())))
def test_every_yes_word_the_readme_lists_is_a_yes_alone(words):
    assert read_invitation_reply(words) == "yes"
    assert read_invitation_reply(words.capitalize() + "!") == "yes"


def test_the_readme_list_is_parsed_while_the_bullet_exists():
    # If README.md keeps its Invitations bullet, its words are the ones tested above.
    if "**Invitations**" in README.read_text():
        assert set(_readme_yes_words()) >= {"volentieri", "graag", "com prazer"}
