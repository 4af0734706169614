"""Build and serve the published catalogue (reads the store only)."""
