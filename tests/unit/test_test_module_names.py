"""pytest imports test files by basename (rootdir-relative "rootdir" import mode, no packages under tests/):
two test files with one name in different folders make the whole run fail at collection with "import file
mismatch", and only when both folders are collected together, as CI does. A unit run or an integration run
alone never shows it, so the rule is checked here, where every run sees it."""

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent


def test_every_test_module_has_a_name_of_its_own():
    by_name = defaultdict(list)
    for path in TESTS.rglob("test_*.py"):
        if "__pycache__" not in path.parts:
            by_name[path.name].append(str(path.relative_to(TESTS)))
    clashes = {name: sorted(paths) for name, paths in by_name.items() if len(paths) > 1}
    assert not clashes, f"test modules sharing a basename (pytest cannot collect both): {clashes}"
