import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/helpers.py

os.environ.setdefault("MAILER_TEST_PASSWORD", "secret")


def pytest_addoption(parser):
    parser.addoption("--run-slow", action="store_true", help="also run the long sweeps marked slow")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="long sweep: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
