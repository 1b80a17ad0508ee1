"""The mail templates, shipped inside the package as mailer._templates (found with importlib.resources)."""
