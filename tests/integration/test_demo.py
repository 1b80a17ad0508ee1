"""The README's first command: `mailer demo` plays its fortnight and leaves nothing running."""

import socket
import subprocess
import sys

from helpers import ROOT


def test_demo_prints_timeline_and_summary_and_exits_cleanly(tmp_path):
    result = subprocess.run([sys.executable, "-m", "mailer", "demo", "--keep", str(tmp_path)], capture_output=True,
                            text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Traceback" not in result.stderr
    # A manager who answers, one silent through the ladder, several candidates grouped into one nudge.
    assert "reply counted: Maria Manager answered on Jane Doe" in out
    assert "sent Your advice: Nate Newyork hasn't answered on Omar Haddad → olivia@acme.example" in out
    assert out.count("sent Candidates waiting for your answer → priya@acme.example") == 2
    assert "decision recorded: Priya Patel on Kwame Mensah: pass" in out
    assert "ignored: 'You won a prize'" in out
    assert (tmp_path / "demo.db").exists()  # --keep keeps it
    assert "sent Your open submissions → rita@acme.example" in out
    assert "Summary" in out and "Omar Haddad" in out.split("Summary")[1]
    # The mentor loop: an invitation, a yes, check-ins, the answer in the journal, and the mentor ask.
    assert "sent Would you be my mentor? → olivia@acme.example, rita@acme.example" in out
    assert "mentoring: Olivia Owner said yes to mentoring Rita Recruiter" in out
    assert out.index("said yes to mentoring") < out.index("queued check-in 1 for Rita Recruiter with Olivia Owner")
    assert "sent Re: Mentoring check-in: Rita Recruiter and Olivia Owner → olivia@acme.example" in out
    assert "journal: Olivia Owner answered Rita Recruiter's check-in: Ask about the side projects" in out
    journal = out.split("Mentor journal of Rita Recruiter")[1]
    assert "A: Ask about the side projects: they show what people do when nobody asks them to." in journal
    import re
    ports = [int(p) for p in re.findall(r"(?:IMAP|SMTP) 127\.0\.0\.1:(\d+)", out.splitlines()[0])]
    assert len(ports) == 2
    for port in ports:  # the embedded servers are gone with the process
        with socket.socket() as probe:
            assert probe.connect_ex(("127.0.0.1", port)) != 0
