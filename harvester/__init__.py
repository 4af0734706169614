"""lernfeed's harvester: sources, formats, the normaliser, the store, the scheduler and the CLI."""

__version__ = "0.1.0"
