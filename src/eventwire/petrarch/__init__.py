"""PETRARCH-2 compatibility: read PETRARCH/TABARI dictionaries (actors, agents, verbs, discards).

`eventwire code --dictionaries DIR` reads a directory of such files; `petrarch.actors` handles
actor and agent files, `petrarch.verbs` the verb patterns and discards.
"""
