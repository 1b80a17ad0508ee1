"""The README's commands against the real argument parser: every command documented, no documented one gone,
every option a command takes named in the README, and every `mailer …` example in README.md and docs/ using only
options that exist (a renamed flag fails here, not on a new team's first day)."""

import argparse
import re

import pytest

from helpers import ROOT
from mailer.cli.main import parser

README = (ROOT / "README.md").read_text()
DOCS = {path.name: path.read_text() for path in sorted((ROOT / "docs").glob("*.md"))}
COMMON = {"-h", "--help", "--config", "-v", "--verbose"}


def commands() -> dict:
    [subparsers] = [a for a in parser()._actions if a.__class__.__name__ == "_SubParsersAction"]
    return subparsers.choices


def options(command, hidden: bool = True) -> set[str]:
    """`hidden=False` leaves out options kept from --help (test stand-ins), which the README need not name."""
    return {flag for action in command._actions for flag in action.option_strings
            if hidden or action.help != argparse.SUPPRESS}


def commands_table() -> str:
    start = README.index("## Commands")
    return README[start:README.index("\n## ", start + 1)]


def examples(text: str) -> list[str]:
    """Every `mailer …` code span and every line of a shell block that runs mailer."""
    spans = re.findall(r"`(mailer [^`]+)`", text)
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
    return spans + [line.strip() for block in blocks for line in block.splitlines()
                    if line.strip().startswith("mailer ")]


def test_every_command_is_in_the_readme_commands_table_and_none_documented_is_gone():
    table = commands_table()
    documented = set(re.findall(r"`mailer ([a-z][a-z-]*)", table))
    assert set(commands()) - documented == set()
    assert documented - set(commands()) == set()


def test_every_option_a_command_takes_is_named_in_the_readme():
    missing = {f"{name} {flag}" for name, command in commands().items()
               for flag in options(command, hidden=False) - COMMON
               if flag.startswith("--") and not re.search(rf"{re.escape(flag)}\b", README)}
    assert missing == set()


@pytest.mark.parametrize("where", ["README.md", *DOCS])
def test_every_mailer_example_uses_options_that_exist(where):
    text = README if where == "README.md" else DOCS[where]
    known, top = commands(), options(parser())
    wrong = []
    for example in examples(text):
        words = example.split()[1:]
        name = next((w for w in words if not w.startswith("-")), None)
        if name not in known:
            if name is not None and re.fullmatch(r"[a-z-]+", name) and not words[0].startswith("-"):
                wrong.append(f"{example}: no command {name!r}")
            continue
        allowed = options(known[name]) | top
        wrong += [f"{example}: {flag}" for flag in (w.split("=")[0] for w in words if w.startswith("-"))
                  if flag not in allowed and flag.rstrip(",;.)") not in allowed]
    assert wrong == []


def test_check_health_help_gives_the_readme_exit_codes():
    # `check --health` exits 2 on a refused config too (README, Commands); its help and the command list said
    # only "2 no state" and "1 not", so a monitor's author reading --help took exit 2 for a missing database.
    assert "2 a configuration or usage problem" in " ".join(README.split())
    [health] = [a for a in commands()["check"]._actions if "--health" in a.option_strings]
    assert re.search(r"2 no state or a refused config", " ".join(health.help.split()))
    assert "exit 0 healthy, 1 unhealthy, 2 no state or a refused config" in " ".join(parser().epilog.split())


def test_the_how_it_works_listing_names_every_module():
    # The listing is the newcomer's map of the code: a module added without a line there is invisible to them,
    # and a line for a module since removed sends them looking for it.
    start = README.index("## How it works")
    listing = README[start:README.index("```", README.index("```", start) + 3)]
    package = ROOT / "mailer"
    modules = {path.relative_to(package) for path in package.rglob("*.py")
               if path.name not in ("__init__.py", "__main__.py")}
    unnamed = sorted(str(m) for m in modules if not re.search(rf"\b{re.escape(m.stem)}\b", listing))
    assert unnamed == []
    named = set(re.findall(r"\b([a-z_]+)\.py\b", listing))
    assert named - {m.stem for m in modules} == set()


def test_the_template_variables_the_readme_lists_are_the_ones_templates_get(tmp_path, monkeypatch):
    # A template writer reads the README's list; a variable missing from it is one they never learn of, and
    # one listed but gone fails their template at `mailer check`.
    from mailer.cli.check import sample_dues
    from mailer.compose import context
    from mailer.config.load import load
    monkeypatch.setenv("MAILER_IMAP_PASSWORD", "x")
    monkeypatch.setenv("MAILER_SMTP_PASSWORD", "x")
    config = load(ROOT / "config.yaml")
    variables = context(config, sample_dues(config)[0])
    variables["thread_subject"] = ""  # set by compose for the thread the mail continues
    variables["away_since"] = ""  # set by compose when the manager is just back from an absence
    paragraph = README[README.index("Variables: `items`"):]
    paragraph = paragraph[:paragraph.index("\n\n")]
    item_keys = re.search(r"\(each with ([^)]*)\)", paragraph).group(1)
    people = re.search(r"\(people have ([^)]*)\)", paragraph).group(1)
    listed_items = set(re.findall(r"`(\w+)`", item_keys))
    outside = paragraph.replace(item_keys, "").replace(people, "").split("An unknown variable")[0]
    listed = set(re.findall(r"`(\w+)`", outside.split("Variables:")[1]))
    assert set(re.findall(r"`(\w+)`", people)) == set(variables["manager"])
    assert listed_items == set(variables["item"])
    assert listed == set(variables)
