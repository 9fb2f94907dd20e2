"""python -m unionrep.cli: the same as unionrep-cli."""

import sys

from unionrep.cli.main import main

sys.exit(main())
