"""Readers for PETRARCH/TABARI-format dictionaries (actors, agents, verbs, discards)."""
