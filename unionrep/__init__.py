"""unionrep: facility time, Pro Forma requests and disputes for union representatives."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("unionrep")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
