"""The HTML reply sweep (tests/unit/html_reply_shapes.py, html_client_shapes.py) and the reply-above-marker sweep
(tests/unit/reply_marker_shapes.py): each client's reply markup, each way a person's text is marked up inside it, each
app's "reply above this line" marker in ~15 languages come out as the person's words, and a person's own look-alikes
stay whole. bench/html_replies.py prints the same sweeps' counts per client, app and family."""

import pytest

import html_reply_shapes
import reply_marker_shapes
from mailer.reading.replytext import reply_text, trim_reply

# Shapes read wrong, each with why it is left: (client or app, family).
KNOWN_MISSES: set[tuple[str, str]] = set()


def lines(text: str) -> list[str]:
    """Each line with its runs of white space made one, blank lines left out (as bench/html_replies.py compares)."""
    return [" ".join(x.split()) for x in text.split("\n") if x.strip()]


def read(message) -> str:
    return trim_reply(message) if isinstance(message, str) else reply_text(message)


CASES = [*html_reply_shapes.cases(), *reply_marker_shapes.cases()]


@pytest.mark.parametrize("client, family, message, want", CASES, ids=lambda v: str(v)[:40])
def test_an_html_reply_or_a_reply_above_a_marker_reads_as_the_persons_words(client, family, message, want):
    if (client, family) in KNOWN_MISSES:
        assert lines(read(message)) != lines(want), "fixed: take it off KNOWN_MISSES"
        return
    assert lines(read(message)) == lines(want)


def test_the_sweeps_span_the_clients_apps_and_languages_they_claim():
    clients = {client for client, *_ in html_reply_shapes.cases()}
    assert {"Gmail", "Outlook desktop", "Outlook web", "Apple Mail", "iOS Mail", "Thunderbird", "Yahoo", "Proton",
            "Zimbra", "Fastmail", "Superhuman", "Spark", "Front", "Missive", "Hey", "GMX", "Mail.ru", "Yandex", "QQ",
            "Foxmail", "163", "Naver"} <= clients
    markers = reply_marker_shapes.cases()
    apps = {app for app, *_ in markers}
    langs = {family.split(" ")[1] for _, family, *_ in markers if family.startswith("marker")}
    assert len(apps) >= 14 and len(langs) >= 15
    families = {family.split(" ")[0] for _, family, *_ in html_reply_shapes.cases()}
    assert {"markup", "list", "table", "language", "signature", "bottom", "text", "keep"} <= families
