"""Models and vocabularies of lernfeed. No I/O, and no imports of other lernfeed packages."""
