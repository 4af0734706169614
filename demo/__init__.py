"""Sample data of the fictional town Wiesenbrück, for the lernfeed demo (Beispieldaten)."""
