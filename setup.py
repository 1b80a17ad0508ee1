"""Package discovery only; everything else is in pyproject.toml.

pyproject.toml alone cannot both discover packages and map one from outside the source tree: templates/ stays
at the top of the repository (where operators look for it) and ships inside the wheel as mailer._templates,
next to every package found under mailer/ (data-only folders too, so new data files are never left behind).
"""

from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py


class BuildWithExampleConfig(build_py):
    """config.yaml, every key documented, also stays at the top of the repository; a wheel's user has no
    checkout, so it ships as mailer/example-config.yaml (`mailer example-config` prints it)."""

    def run(self):
        super().run()
        # An editable install's build_lib holds no mailer/ folder (the sources stay in place): make it.
        self.mkpath(str(Path(self.build_lib, "mailer")))
        self.copy_file(str(Path(__file__).resolve().parent / "config.yaml"),
                       str(Path(self.build_lib, "mailer", "example-config.yaml")))


setup(packages=[*find_namespace_packages(include=["mailer", "mailer.*"], exclude=["*.__pycache__"]), "mailer._templates"],
      package_dir={"mailer._templates": "templates"},
      cmdclass={"build_py": BuildWithExampleConfig})
