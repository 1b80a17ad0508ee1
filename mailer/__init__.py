"""mailer: CC it on a candidate submission; it follows up with silent hiring managers."""

__version__ = "0.1.0"
