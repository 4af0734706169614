"""Benchmarks (``make bench``): each measure is printed with a baseline measured in the same run."""
