"""Text templates are rendered with trim_blocks (compose.py): the newline right after a block tag is dropped. A line
that prints something and ends in `{% endif %}` (or any block tag) is therefore joined to the next one unless a blank
line follows it (the shipped templates' idiom) or the tag is written `+%}`. A merge once ended the ops digest's
manager line that way, and every manager ran into one line."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TEXT_TEMPLATES = sorted((ROOT / "templates").glob("*.txt.j2"))


def joined_lines(text: str) -> list[int]:
    lines = text.split("\n")
    return [n + 1 for n, line in enumerate(lines[:-1])
            if line.rstrip().endswith("%}") and not line.rstrip().endswith("+%}")
            and not re.fullmatch(r"\s*\{%.*%\}\s*", line) and lines[n + 1].strip()]


def test_the_rule_finds_a_printing_line_that_ends_in_a_block_tag():
    assert joined_lines("  - {{ m.name }}{% if m.x %}; {{ m.x }}{% endif %}\n{% endfor %}\n") == [1]
    assert joined_lines("  - {{ m.name }}{% if m.x %}; {{ m.x }}{% endif %}\n\n{% endfor %}\n") == []
    assert joined_lines("{% if a %}\ntext\n{% endif %}\nmore\n") == []


@pytest.mark.parametrize("path", TEXT_TEMPLATES, ids=lambda p: p.name)
def test_no_text_template_line_runs_into_the_next(path):
    assert TEXT_TEMPLATES and joined_lines(path.read_text()) == [], path.name
