"""Entry point of the bundled ``kesos`` command (batch jobs), next to the GUI in the same folder."""

import sys

from kesos_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
