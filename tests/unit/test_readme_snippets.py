"""Every YAML snippet in README.md and docs/*.md, pasted into the shipped example config as the text says to,
loads: a key renamed or a value refused since the snippet was written fails here. (The mentor loop's snippet
once held `questions: [...]`, which loaded and sent mentors the question "...".)"""

import re

import pytest
import yaml

from helpers import ROOT
from mailer.config.load import parse

PAGES = ["README.md", *(f"docs/{path.name}" for path in sorted((ROOT / "docs").glob("*.md")))]
SNIPPETS = [(page, index, block) for page in PAGES
            for index, block in enumerate(re.findall(r"```yaml\n(.*?)```", (ROOT / page).read_text(), flags=re.S))]


def pasted(snippet: dict) -> str:
    """The example config with the snippet's top-level keys in place of its own. People a snippet names (a
    mentor) are added as listed managers, as the snippet's comments ask."""
    config = yaml.safe_load((ROOT / "config.yaml").read_text())
    config.update(snippet)
    listed = {m["email"] for m in config["managers"]}
    for pair in config.get("mentorships") or ():
        if pair["mentor"] not in listed:
            config["managers"].append({"email": pair["mentor"], "name": "Named Mentor"})
        if pair["recruiter"] not in {r["email"] for r in config["recruiters"]}:
            config["recruiters"].append({"email": pair["recruiter"], "name": "Named Recruiter"})
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def test_the_pages_hold_the_snippets_this_test_reads():
    assert len(SNIPPETS) >= 7 and {page for page, _, _ in SNIPPETS} >= {"README.md", "docs/google.md"}


@pytest.mark.parametrize("page, index, block", SNIPPETS, ids=[f"{p}#{i}" for p, i, _ in SNIPPETS])
def test_each_snippet_loads_in_the_example_config(page, index, block, tmp_path, monkeypatch):
    monkeypatch.setenv("MAILER_IMAP_PASSWORD", "x")
    monkeypatch.setenv("MAILER_SMTP_PASSWORD", "x")
    for named in set(re.findall(r"/etc/mailer/[\w.-]+", block)):  # the secrets and keys it names, in place
        (tmp_path / named.rsplit("/", 1)[1]).write_text("{}")
    snippet = yaml.safe_load(block.replace("/etc/mailer/", f"{tmp_path}/"))
    assert isinstance(snippet, dict), f"{page} snippet {index} is not a mapping of config keys"
    text = pasted(snippet)
    path = tmp_path / "config.yaml"
    path.write_text(text)
    config = parse(text, path)  # a ConfigError names file:line: key
    assert config.address
