"""A password file, an OAuth2 key or the state that any user of the machine can read is said plainly, in
`mailer check` and at every start, with the command that fixes it; a file only mailer's user or group reads is
not. (The config needs no such check: an inline password is refused when it loads.)"""


from helpers import config_text, warnings_at_start
from mailer.cli.check import run_checks
from mailer.config.load import ConfigSource
from mailer.exposure import world_readable_warnings
from mailer.store import Store


def config_with_password_file(tmp_path, mode):
    secret = tmp_path / "imap.secret"
    secret.write_text("hunter2\n")
    secret.chmod(mode)
    text = config_text(imap_port=9, smtp_port=9).replace("password_env: MAILER_TEST_PASSWORD",
                                                         f"password_file: {secret}")
    (tmp_path / "config.yaml").write_text(text + f"state: {tmp_path / 'state.db'}\n")
    return ConfigSource(tmp_path / "config.yaml").current, secret


def test_a_world_readable_password_file_is_named_with_the_fix(tmp_path):
    config, secret = config_with_password_file(tmp_path, 0o644)
    assert world_readable_warnings(config) == [
        f"{secret} (imap.password_file) holds a password and any user of this machine can read it (mode 0644): "
        f"chmod o-rwx {secret}"]


def test_a_password_file_for_mailers_user_or_group_only_says_nothing(tmp_path):
    for mode in (0o600, 0o640, 0o400):
        config, _ = config_with_password_file(tmp_path, mode)
        assert world_readable_warnings(config) == [], oct(mode)


def test_a_world_readable_state_is_named_too(tmp_path):
    config, _ = config_with_password_file(tmp_path, 0o600)
    Store(config.state).close()
    config.state.chmod(0o644)  # made by an older mailer, under umask 022
    (line,) = world_readable_warnings(config)
    assert line.startswith(f"{config.state} (state) holds candidates' mail and any user of this machine can read it")
    assert line.endswith("(and its -wal and -shm files)")


def test_mailer_check_prints_it_as_a_warn_line(tmp_path, capsys):
    config, secret = config_with_password_file(tmp_path, 0o604)
    run_checks(config)  # the logins fail (nothing listens on port 9); the warning is printed all the same
    assert f"warn {secret} (imap.password_file) holds a password" in capsys.readouterr().out


def test_the_daemon_says_it_at_start(tmp_path, caplog):
    config_with_password_file(tmp_path, 0o644)
    warned = warnings_at_start(tmp_path / "config.yaml", caplog)
    assert any("(imap.password_file) holds a password and any user" in m for m in warned), warned
