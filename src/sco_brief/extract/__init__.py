"""Extractors: mentions -> model objects (meeting, participants, initiatives, metrics)."""
