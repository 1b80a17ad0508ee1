"""parse() builds each header object once per message (reading_policy), and reads every mail exactly as the
stdlib's default policy does: same Message, same header text, same parts."""

from pathlib import Path
import email
import email.policy

import pytest

from mailer.errors import Unreadable
from mailer.reading import parse as parse_module
from mailer.reading.parse import parse, reading_policy
from mailer.reading.text import body_text

DATA = Path(__file__).resolve().parent.parent / "data"
MAILS = sorted(p for folder in ("corpus", "heldout") for p in (DATA / folder).rglob("*")
               if p.suffix in (".eml", ".msg", ".txt") and p.is_file())


def read(raw: bytes):
    try:
        return parse(raw)
    except Unreadable as exc:
        return f"unreadable: {exc}"


def test_corpus_mails_read_the_same_as_with_the_default_policy(monkeypatch):
    sample = MAILS[::4]  # every fourth of the 1,200+ real mails (bench/corpus_report.py reads them all)
    assert len(sample) > 250
    ours = [read(p.read_bytes()) for p in sample]
    monkeypatch.setattr(parse_module, "reading_policy", lambda: email.policy.default)
    stdlib = [read(p.read_bytes()) for p in sample]
    differ = [str(p) for p, a, b in zip(sample, ours, stdlib) if a != b]
    assert differ == []
    assert sum(isinstance(m, str) for m in ours) < len(ours) / 2  # most are readable: the comparison has teeth


@pytest.mark.parametrize("path", MAILS[::25], ids=lambda p: p.name)
def test_parts_and_their_headers_are_the_same(path):
    raw = path.read_bytes().lstrip(b"\r\n")
    ours = email.message_from_bytes(raw, policy=reading_policy())
    stdlib = email.message_from_bytes(raw, policy=email.policy.default)

    def shape(msg):
        out = []
        for part in msg.walk():
            try:
                fields = [(k, str(v)) for k, v in part.items()]
            except Exception as exc:  # noqa: BLE001 - a field the stdlib cannot read must fail the same way
                fields = [type(exc).__name__]
            out.append((part.get_content_type(), fields))
        return out, body_text(msg)

    assert shape(ours) == shape(stdlib)


def test_a_field_read_again_and_again_is_built_once(monkeypatch):
    built = []
    real = parse_module._HeaderObjects._class

    def counting(self, name):
        built.append(name.lower())
        return real(self, name)

    monkeypatch.setattr(parse_module._HeaderObjects, "_class", counting)
    raw = (b"From: rita@acme.test\r\nTo: maria@acme.test\r\nSubject: Candidate: Jane Doe\r\n"
           b"Message-ID: <a@acme.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
           b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi\r\n"
           b"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=Jane_Doe_CV.pdf\r\n"
           b"\r\n\r\n--b--\r\n")
    msg = parse(raw)
    for _ in range(5):
        [part.get_content_type() for part in msg.parsed.walk()]
        [part.get_filename() for part in msg.parsed.walk()]
    assert msg.attachments == ("Jane_Doe_CV.pdf",)
    assert built.count("content-type") == 3  # one per part, however often read
    assert built.count("content-disposition") == 1
    assert built.count("from") == 1
