"""Embedding and syndication for community groups: embed view, oEmbed, feeds, API.

Stands apart: a read-only public surface over every content app; imports them, none imports it.
"""
