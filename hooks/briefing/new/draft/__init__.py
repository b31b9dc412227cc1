"""Draft a briefing's data from an article's text: rule-based, offline, deterministic.

`draft_records(text, published)` returns every record the rules find, each marked
`draft: true`; nothing here reads or writes files except `source.read_article`.
"""
