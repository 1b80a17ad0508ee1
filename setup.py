"""Package discovery only; everything else is in pyproject.toml.

pyproject.toml alone cannot both discover packages and map one from outside the source tree: templates/ stays
at the top of the repository (where operators look for it) and ships inside the wheel as mailer._templates,
next to every package found under mailer/ (data-only folders too, so new data files are never left behind).
"""

from setuptools import find_namespace_packages, setup

setup(packages=[*find_namespace_packages(include=["mailer", "mailer.*"], exclude=["*.__pycache__"]), "mailer._templates"],
      package_dir={"mailer._templates": "templates"})
