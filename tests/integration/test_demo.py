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
    assert "sent Your open submissions → rita@acme.example" in out
    assert "Summary" in out and "Omar Haddad" in out.split("Summary")[1]
    first_port = int(out.split("127.0.0.1:")[1].split("/")[0])
    with socket.socket() as probe:  # the embedded servers are gone with the process
        assert probe.connect_ex(("127.0.0.1", first_port)) != 0
