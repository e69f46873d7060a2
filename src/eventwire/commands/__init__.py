"""One module per CLI command (or command group); `eventwire.cli` loads them lazily."""
