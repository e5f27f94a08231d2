"""Text to probe and measure on: real TinyStories (stories.py) and the subject's own seeded samples (sampling.py)."""
