"""What held in issue 8's probes and must keep holding: no password reaches the output, even at -vv (where
imapclient narrates its commands), whether the login works or is refused."""

import pytest

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("good", [True, False], ids=["login-ok", "login-refused"])
def test_the_password_never_appears_in_run_or_check_output(world, good):
    # The stack takes only "secret"; a refused login uses a password no log line could contain by chance.
    password = world.stack.password if good else f"Wr0ng-{world.tag}-pw"
    path = world.write_config()
    path.write_text(path.read_text().replace(  # SMTP signs in too, with the same secret
        "smtp:\n", "smtp:\n  username: " + world.mailer + "\n  password_env: MAILER_TEST_PASSWORD\n", 1))
    world.send(world.addr("rita"), [world.mailer], subject="status", body="status", attachment=None)
    world.wait_for(world.mailer, 1)
    for args in (("run", "--once", "-vv", "--now", "2026-11-23T10:00:00Z"), ("check", "-vv")):
        result = world.cli(*args, env={"MAILER_TEST_PASSWORD": password})
        output = result.stdout + result.stderr
        assert (result.returncode == 0) is good, output[-2000:]
        assert "LOGIN **REDACTED**" in output  # -vv: the IMAP conversation, login included, was logged
        assert password not in output


def test_run_dash_v_logs_mailers_detail_but_not_the_mail_on_the_wire(world):
    """Found in a team's month: `mailer -v run` (run logs its decisions already, so -v is mailer's debug) also
    turned on imaplib's narration, every line on the wire, a candidate's mail text included. That takes -vv,
    as for every other command."""
    world.send(world.addr("rita"), [world.addr("maria")], [world.mailer], body="Jane's private phone: 0123 4567",
               attachment=None)
    world.wait_for(world.mailer, 1)
    verbose = world.cli("-v", "run", "--once", "--now", "2026-11-23T10:00:00Z")
    assert verbose.returncode == 0, verbose.stderr[-2000:]
    assert "#1 Jane Doe" in verbose.stderr  # mailer's own decision lines
    assert "imapclient" not in verbose.stderr and "0123 4567" not in verbose.stderr
    wire = world.cli("-vv", "run", "--once", "--now", "2026-11-23T10:05:00Z")
    assert "imapclient.imaplib" in wire.stderr  # -vv: the conversation, as before
