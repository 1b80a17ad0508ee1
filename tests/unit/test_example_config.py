"""`mailer example-config`: the documented config.yaml to start from, never written over an operator's file."""

from pathlib import Path

from mailer.cli.main import main
from mailer.config.load import load

ROOT = Path(__file__).resolve().parent.parent.parent


def test_it_prints_the_repositorys_config_which_loads(capsys, tmp_path, monkeypatch):
    assert main(["example-config"]) == 0
    text = capsys.readouterr().out
    assert text == (ROOT / "config.yaml").read_text()
    (tmp_path / "config.yaml").write_text(text)
    monkeypatch.setenv("MAILER_IMAP_PASSWORD", "x")
    monkeypatch.setenv("MAILER_SMTP_PASSWORD", "x")
    config = load(tmp_path / "config.yaml")  # a starting point that is valid as it stands
    assert config.address == "mailer@acme.example"


def test_it_never_writes_over_an_existing_file(capsys, tmp_path):
    mine = tmp_path / "config.yaml"
    mine.write_text("address: mine@acme.example\n")
    assert main(["example-config", "-o", str(mine)]) == 2
    assert mine.read_text() == "address: mine@acme.example\n"
    assert "already exists; not replaced" in capsys.readouterr().err
    fresh = tmp_path / "new.yaml"
    assert main(["example-config", "-o", str(fresh)]) == 0
    assert fresh.read_text() == (ROOT / "config.yaml").read_text()
