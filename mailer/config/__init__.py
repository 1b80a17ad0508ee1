"""config.yaml → frozen, validated settings: settings.py holds the types, load.py the parsing and the
last-good reload, yamlsource.py the line-aware reader. Problems are named file:line: key. Pure modules take
the types from `mailer.config.settings`, so they never import YAML, holidays or Jinja2."""
