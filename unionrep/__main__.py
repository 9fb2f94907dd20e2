"""python -m unionrep / the `unionrep` GUI entry point."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--version" in args:
        from unionrep import __version__

        print(f"unionrep {__version__}")
        return 0
    import gc

    gc.disable()  # from before Qt is imported until the first paint: see unionrep.gui.app.pause_collector
    from unionrep.gui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
