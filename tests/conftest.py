import os
import sys
from pathlib import Path

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
