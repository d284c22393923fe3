"""``python -m kamgraph``: the same as the ``kamgraph`` command."""

from kamgraph.cli import main

if __name__ == "__main__":
    main(prog_name="kamgraph")
