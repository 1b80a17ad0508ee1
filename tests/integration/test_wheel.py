"""A built wheel works with no checkout: templates and data inside the package, any working directory.

The wheel is built from a copy of the source tree (so nothing outside the sources can leak in) and installed
into a fresh venv under tmp_path; the commands then run from an empty folder. The fresh venv borrows the
already-installed dependencies through a .pth line instead of downloading them (CI's .ci/wheel does the full
`pip install` from PyPI); mailer itself must come from the wheel, which the test checks.
"""

from pathlib import Path
import shutil
import site
import subprocess
import sys
import uuid
import zipfile

from helpers import ROOT, config_text

SKIP = shutil.ignore_patterns(".git", ".venv", "__pycache__", "build", "dist", "*.egg-info", "*.db", ".pytest_cache")


def run(*args, cwd, env=None, timeout=180):
    result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout, cwd=cwd, env=env)
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result


def test_wheel_installed_outside_the_checkout_runs_help_demo_and_check(mail_stack, tmp_path):
    src, dist, venv, elsewhere = (tmp_path / n for n in ("src", "dist", "venv", "elsewhere"))
    shutil.copytree(ROOT, src, ignore=SKIP)
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", dist, src, cwd=tmp_path)
    wheel = next(dist.glob("mailer-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "mailer/_templates/followup_1.txt.j2" in names and "mailer/_templates/_layout.html.j2" in names
    shipped = {p.relative_to(ROOT / "mailer").as_posix() for p in (ROOT / "mailer").rglob("*")
               if p.is_file() and p.suffix in (".yaml", ".yml", ".txt", ".json", ".csv", ".j2")}
    assert {f"mailer/{name}" for name in shipped} <= set(names)  # every data file under mailer/ ships too

    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index", wheel,
        cwd=tmp_path)
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path).stdout.strip()
    Path(purelib, "borrowed-deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    elsewhere.mkdir()
    where = run(python, "-c", "import mailer; print(mailer.__file__)", cwd=elsewhere).stdout.strip()
    assert where.startswith(purelib), where  # the wheel's copy, not the checkout's

    mailer = venv / "bin" / "mailer"
    assert "mailer demo" in run(mailer, "--help", cwd=elsewhere).stdout
    # A wheel's user has no checkout to copy config.yaml from: the documented one ships inside.
    assert "mailer/example-config.yaml" in names
    run(mailer, "example-config", "-o", elsewhere / "mine.yaml", cwd=elsewhere)
    assert (elsewhere / "mine.yaml").read_text() == (ROOT / "config.yaml").read_text()
    (elsewhere / "mine.yaml").unlink()
    demo = run(mailer, "demo", cwd=elsewhere)
    assert "reply counted: Maria Manager answered on Jane Doe" in demo.stdout and "Summary" in demo.stdout

    address = f"wheel-{uuid.uuid4().hex[:8]}@acme.test"
    text = "\n".join(line for line in config_text(address=address, imap_port=mail_stack.imap_port,
                                                  smtp_port=mail_stack.smtp_port).splitlines()
                     if not line.startswith("templates:"))  # the shipped templates only
    (tmp_path / "config.yaml").write_text(text + "\n")
    env = {"PATH": "/usr/bin:/bin", "MAILER_TEST_PASSWORD": mail_stack.password}
    check = run(mailer, "check", "--config", tmp_path / "config.yaml", cwd=elsewhere, env=env)
    assert "template followup_1" in check.stdout and "FAIL" not in check.stdout
    status = run(mailer, "--config", tmp_path / "config.yaml", "check", cwd=elsewhere, env=env)  # global position
    assert status.stdout.count("ok  ") == check.stdout.count("ok  ")
