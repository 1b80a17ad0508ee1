"""`mailer report` end to end: real mail through Dovecot + Postfix, `mailer run --once`, then the report from
the database alone, and its HTML page rendered in a real headless chromium (Debian's, never a download)."""

from datetime import datetime, timezone
from io import BytesIO
import json
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import sync_playwright

pytestmark = pytest.mark.integration
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def utc(*args):
    return datetime(*args, tzinfo=timezone.utc)


def history(world) -> None:
    """Maria (London) answers Jane in 10 business hours; Nate (New York) stays silent and gets a nudge."""
    rita, maria, nate = world.addr("rita"), world.addr("maria"), world.addr("nate")
    world.send(rita, [maria], [world.mailer], subject="Candidate: Jane Doe – Backend", date=utc(2026, 11, 23, 10))
    world.send(rita, [nate], [world.mailer], subject="Candidate: Omar Haddad – Data", date=utc(2026, 11, 23, 15))
    world.wait_for(world.mailer, 2)
    assert world.cli("run", "--once", "--now", "2026-11-23T16:00Z").returncode == 0
    [submission] = world.wait_for(maria, 1)
    # Mon 10:00 → Tue 12:00 London, 9–17: 7 + 3 = 10 business hours.
    world.reply(submission, maria, "Looks good, let's talk to her.", to=[rita], cc=[world.mailer],
                date=utc(2026, 11, 24, 12))
    world.wait_for(world.mailer, 3)
    assert world.cli("run", "--once", "--now", "2026-11-24T13:00Z").returncode == 0
    # Wed 10:30 in New York: Omar waited past the first rung (2 business days), Nate is nudged.
    assert world.cli("run", "--once", "--now", "2026-11-25T15:30Z").returncode == 0
    assert len(world.wait_for(nate, 2)) == 2


def test_report_figures_come_from_the_database_alone(world):
    history(world)
    # The report never opens a mailbox: with IMAP and SMTP pointed at a closed port it still works.
    world.write_config(imap_port=9, smtp_port=9)
    done = world.cli("report", "--since", "2026-11-23", "--until", "2026-11-27", "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    rows = {row["manager"]: row for row in data["managers"]}
    maria, nate = rows[world.addr("maria")], rows[world.addr("nate")]
    assert (maria["received"], maria["answered"], maria["median_hours"], maria["within_sla"]) == (1, 1, 10.0, 1.0)
    assert (maria["nudges_per_answer"], maria["waiting"]) == (0.0, 0)
    # Nate's silence is counted: Omar waited Mon 23 Nov 10:00 → Fri 27 Nov 17:00 New York (7 + 4 × 8 = 39 h by the
    # end of the 27th), and with no answer the median is only that floor.
    assert (nate["received"], nate["answered"], nate["waiting"], nate["median_hours"]) == (1, 0, 1, 39.0)
    assert (nate["median_at_least"], nate["oldest_wait_hours"]) == (True, 39.0)
    assert (nate["within_sla"], nate["sla_counted"]) == (0.0, 1)  # its deadline (Wed 10:00 New York) has passed
    assert data["team"]["received"] == 2

    csv_file = world.tmp / "report.csv"
    done = world.cli("report", "--since", "2026-11-23", "--until", "2026-11-27", "--output", str(csv_file))
    assert done.returncode == 0, done.stderr
    lines = csv_file.read_text().splitlines()
    assert len(lines) == 3 and {line.split(",")[0] for line in lines[1:]} == {world.addr("maria"), world.addr("nate")}

    bad = world.cli("report", "--since", "2026-11-27", "--until", "2026-11-20")
    assert bad.returncode == 2 and "period is empty" in bad.stderr and "Traceback" not in bad.stderr


def test_html_report_draws_its_charts_in_a_real_browser_without_any_network(world):
    history(world)
    page_file = world.tmp / "report.html"
    done = world.cli("report", "--since", "2026-11-02", "--until", "2026-11-27", "--output", str(page_file))
    assert done.returncode == 0, done.stderr
    url = page_file.resolve().as_uri()
    requests = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.goto(url)
            page.wait_for_load_state("networkidle")
            charts = page.locator("figure.chart svg")
            assert charts.count() == 3
            for i in range(charts.count()):
                box = charts.nth(i).bounding_box()
                assert box and box["width"] > 300 and box["height"] > 100
                assert _drawn(charts.nth(i).screenshot())
            # The chart has the data: four week labels (2, 9, 16, 23 Nov) on the reply-time axis.
            assert page.locator("#chart-reply-time").inner_text().count("Nov") >= 4
            # Weeks of 2, 9 and 16 Nov had nothing to count: labelled so, not drawn as 0%; 23 Nov: Jane on
            # time, Omar's deadline passed unanswered.
            sla = page.locator("#chart-within-sla").inner_text()
            assert sla.count("no data") == 3 and "50%" in sla, sla

            # The table sorts by a column on a click, and back on a second click.
            table = page.locator("#managers")
            def names():
                return [c.strip() for c in table.locator("tbody td:first-child small").all_inner_texts()]
            received = table.locator("th", has_text="still waiting")
            received.click()
            ascending = names()
            received.click()
            assert names() == list(reversed(ascending)) and ascending[0] == world.addr("maria")
        finally:
            browser.close()
    assert requests == [url], f"the page fetched something: {requests}"


def _drawn(png: bytes) -> bool:
    """Not blank: plenty of non-white pixels, in more than one colour."""
    image = Image.open(BytesIO(png)).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 24)
    inked = [(n, c) for n, c in colours if sum(c) < 700]
    return sum(n for n, _ in inked) > 0.01 * image.width * image.height and len(inked) > 5


def test_the_tables_fit_the_page(world):
    """Found in a team's month: the tables' long headings, kept on one line each, pushed the mentorships' table
    (and with longer addresses the managers' one) past the page's width, the last columns cut off behind a
    scroll bar in a laptop's window."""
    world.write_config(managers=[(world.addr("maria"), "Maria Manager", None),
                                 (world.addr("nate"), "Nate Newyork", "America/New_York"),
                                 (world.addr("olivia"), "Olivia Owner", None)],
                       extra=f"mentorships:\n  - recruiter: {world.addr('rita')}\n    mentor: {world.addr('olivia')}\n"
                             f"    every: every tuesday at 10:00\n    start: 2026-11-24\n")
    history(world)  # Tuesday's 13:00 pass sends Olivia's first check-in: the mentorship has started
    page_file = world.tmp / "report.html"
    done = world.cli("report", "--since", "2026-11-02", "--until", "2026-11-27", "--output", str(page_file))
    assert done.returncode == 0, done.stderr
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 900})
            page.goto(page_file.resolve().as_uri())
            assert page.locator("#mentorships tbody tr").count() == 1
            right = page.evaluate("document.querySelector('#mentorships').getBoundingClientRect().right")
            body = page.evaluate("document.body.getBoundingClientRect().right")
            assert right <= body + 1, (right, body)
            wide = page.evaluate("Array.from(document.querySelectorAll('body *')).filter(e => "
                                 "e.getBoundingClientRect().right > document.documentElement.clientWidth)"
                                 ".map(e => e.tagName + '#' + e.id)")
            assert wide == [], wide
        finally:
            browser.close()
