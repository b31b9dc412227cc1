"""Hostile input: text fields full of markup, template syntax and awkward Unicode."""
