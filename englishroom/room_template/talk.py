"""Let the room talk: python talk.py "Once upon a time" --tokens 200 --seed 1 --temperature 0.8

Needs nothing but the Python standard library. Start reading at room.py.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import open_room  # noqa: E402

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Continue a story (or start one) with this room.")
    ap.add_argument("prompt", nargs="?", default="")
    ap.add_argument("--tokens", type=int, default=200, help="how many tokens to add at most")
    ap.add_argument("--seed", type=int, help="random seed, for the same story every time")
    ap.add_argument("--temperature", type=float, default=0.8, help="0 always picks the likeliest token")
    args = ap.parse_args()
    print(open_room(os.path.dirname(os.path.abspath(__file__))).generate(
        args.prompt, args.tokens, args.seed, args.temperature))
