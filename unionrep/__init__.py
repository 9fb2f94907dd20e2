"""unionrep: facility time, Pro Forma requests and disputes for union representatives."""

# Written here as in pyproject.toml (a test holds them together) rather than read from the installed
# metadata at start-up, which costs a scan of the installed packages before the first window.
__version__ = "0.1.0"
