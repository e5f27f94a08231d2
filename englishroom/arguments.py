"""The command line's argument types and parser: a bad flag value, a missing argument or an output path
that cannot be written is one line and exit status 2 (a UserError), before any work starts."""
import argparse
import math
import os
from pathlib import Path

from englishroom.errors import UserError


class Parser(argparse.ArgumentParser):
    """argparse, with its errors as one line (`englishroom eval: argument --limit: give ...`), like every user error."""
    def error(self, message):
        command = self.prog.partition(" ")[2]             # "eval" in "englishroom eval"
        said = f"{command} {message[9:]}" if message.startswith("argument ") else f"{command}: {message}"
        raise UserError(f"{said if command else message} (see `{self.prog} --help`)")


def checked(test, what, kind=int):
    """An argparse type: a `kind` that passes `test`, else one line naming the flag (Parser.error)."""
    def parse(text):
        try:
            if test(x := kind(text)):
                return x
        except ValueError:
            pass
        raise argparse.ArgumentTypeError(f"give {what} (got {text!r})")
    return parse


def path(what):
    """An argparse type: an existing `what` to read, or a "file to write" or "folder to write": a place where one
    can be written, no file or folder of the other kind in the way (the path itself, or a folder above it)."""
    def parse(text):
        out = up = Path(text)
        if not what.endswith("to write"):
            if out.exists() or (what == "stories file" and text.split(":")[0] == "roneneldan/TinyStories"):
                return text if what == "stories file" else out
            raise argparse.ArgumentTypeError(f"no such {what}: {text}")
        while not up.exists():
            up = up.parent
        wrong = up.is_dir() != (what.startswith("folder") or up != out)
        if wrong or not os.access(up, os.W_OK):
            raise argparse.ArgumentTypeError(f"cannot write the {what[:-9]} {out}: {up} is "
                                             + (("a folder" if up.is_dir() else "a file") if wrong else "read-only"))
        return out
    return parse


positive, count = checked(lambda n: n >= 1, "a positive whole number"), checked(lambda n: n >= 0, "a count ≥ 0")
seed = checked(lambda n: 0 <= n < 2 ** 63, "a whole number from 0 to 2**63-1 (the seeds torch takes)")
temperature = checked(lambda t: math.isfinite(t) and t >= 0, "a finite number ≥ 0 (0: the likeliest token)", float)
out_file, out_dir = path("file to write"), path("folder to write")
orders = checked(lambda o: o and all(2 <= n <= 24 for n in o), "Kneser-Ney orders between 2 and 24, e.g. 2-6 or 2,4",
                 lambda t: list(range(int(t.split("-")[0]), int(t.split("-")[1]) + 1)) if t.count("-") == 1
                 else [int(x) for x in t.split(",") if x])
budgets = checked(lambda b: b and b[0] >= 1, "budgets, positive numbers of rules, e.g. 30,300,3000",
                  lambda t: sorted({int(b) for b in t.split(",")}))
