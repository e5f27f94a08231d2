"""The decompiler: a pipeline of passes over one intermediate representation (ir.py), run the way
a compiler runs its passes, backwards from a model to a program:

    subject --probe--> --rules--> --mechanisms--> --evidence--> --measure--> --emit--> room folder

probe.py       run the subject over a probe corpus (its own samples, plus real text) and average its
               next-token distributions over every occurrence of every candidate context;
rules.py       keep the contexts that matter most (occurrences x how far the subject's distribution
               there is from what the shorter context predicts), up to the budget;
mechanisms.py  derive each story-level mechanism (englishroom/mechanisms/) against the room so far;
evidence.py    find the subject's heads behind each mechanism, and test them against random heads;
               (measure: englishroom/measure/metrics.py, the room against the subject and baselines)
emit.py        write the room: standard-library Python, plain-text tables, README, provenance.
pipeline.py runs them in order; settings.py holds every setting; ir.py says what each pass adds.
"""
