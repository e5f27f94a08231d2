"""The decompiler, as a pipeline of passes over one intermediate representation (ir.py):

    subject --probe.py--> context statistics --rules.py--> Program (IR) --emit.py--> room folder

probe:   run the subject over a probe corpus (its own samples, plus any real text) and average
         its next-token distributions over every occurrence of every candidate context;
rules:   keep the contexts that matter most (occurrences x how far the subject's distribution
         there is from what the shorter context predicts), up to the budget;
emit:    write the room: standard-library Python, plain-text tables, README, provenance.
"""
