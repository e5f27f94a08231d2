"""Measuring models against the subject: the story protocol (protocol.py, evaluate.py), baselines, token
categories, cloze probes, talk quality, size against fidelity (pareto.py), the variants of a room with a
mechanism off (variants.py), and the one measurement a decompile and `eval` share (metrics.py), printed
by report_text.py."""
