"""Vocabulary tables shared by the fact modules (private).

One topic per module, one place per fact: agencies and outlets, and per-language
word lists.  Modules here hold plain Python data plus small cached lookups, so
importing them is cheap and nothing is read from disk or the network.
"""
