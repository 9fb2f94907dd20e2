"""Entry script of the bundle's `unionrep-cli` executable."""

import sys

from unionrep.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
