"""Roles, permission guards and audit for editorial governance.

Per-borough editors and concern handlers, Central communications and Translators as managed
groups (`manage.py setup_roles`), the "Central approval" workflow, guards that keep residents'
submissions to the people who handle them, and an audit trail of who saw, exported or deleted
them. This app imports `boroughs` and `concerns`; only `demo` imports it (it is wired in through
settings, Wagtail hooks and management commands).
"""
