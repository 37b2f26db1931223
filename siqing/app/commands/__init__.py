"""Sub-commands beyond the core verbs in siqing/app/cli.py, one module per concept.

Each module defines `register(add)`, where `add(name, handler, help)` creates the sub-command
and returns its argparse parser; siqing/app/cli.py discovers the modules of this package.
A handler takes the parsed arguments and returns the exit code.
"""
