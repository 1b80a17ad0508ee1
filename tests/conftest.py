import os
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/helpers.py

os.environ.setdefault("MAILER_TEST_PASSWORD", "secret")


def pytest_addoption(parser):
    parser.addoption("--run-slow", action="store_true", help="also run the long sweeps marked slow")


def pytest_collection_modifyitems(config, items):
    """Long sweeps run only with --run-slow; without it they are deselected (not skipped: nothing failed)."""
    if config.getoption("--run-slow"):
        return
    slow = [item for item in items if "slow" in item.keywords]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if "slow" not in item.keywords]


# scripts/test runs pytest-xdist workers. Each worker collects (and deselects) on its own, and xdist's
# summary line drops what they deselected: the workers report their count, the controller adds it once.
def pytest_deselected(items):
    output = getattr(items[0].config, "workeroutput", None) if items else None
    if output is not None:  # in an xdist worker
        output["deselected"] = output.get("deselected", 0) + len(items)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    count = getattr(node, "workeroutput", {}).get("deselected", 0)
    reporter = node.config.pluginmanager.get_plugin("terminalreporter")
    if count and reporter is not None and not getattr(node.config, "_deselected_counted", False):
        node.config._deselected_counted = True  # every worker collects the same tests: count them once
        reporter.stats.setdefault("deselected", []).extend(SimpleNamespace(count_towards_summary=True)
                                                            for _ in range(count))
