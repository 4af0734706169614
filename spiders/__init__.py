"""Scrapy spiders: one per format (``feed``), paged formats their own, thin ones per site."""
