"""Measuring models against the subject: the story protocol, baselines, token categories, cloze probes,
talk quality, size against fidelity, and the one measurement a decompile and `eval` share (metrics.py)."""
