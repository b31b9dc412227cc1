"""Briefing-site generator: sourced YAML about a news article in, a cross-linked site out."""
