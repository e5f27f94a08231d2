"""Let the room talk: python talk.py "Once upon a time" --tokens 200 --seed 1 [--temperature 0.8]
Needs nothing but the Python standard library. Start reading at room.py."""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from room import open_room  # noqa: E402
from tables import RoomError  # noqa: E402

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="Continue a story (or start one) with this room.")
    ap.add_argument("prompt", nargs="?", default="")
    ap.add_argument("--tokens", type=int, default=200, help="how many tokens to add at most")
    ap.add_argument("--seed", type=int, help="random seed, for the same story every time")
    ap.add_argument("--temperature", type=float, help="0 always picks the likeliest token (default: the room's "
                    "speaking temperature, room.json's)")
    args = ap.parse_args()
    if args.tokens < 0:
        ap.error(f"--tokens {args.tokens}: give a number of tokens, 0 or more")
    if args.temperature is not None and not 0 <= args.temperature < float("inf"):
        ap.error(f"--temperature {args.temperature}: give a number ≥ 0 (0 always picks the likeliest token)")
    try:
        room = open_room(os.path.dirname(os.path.abspath(__file__)))
        print(room.generate(args.prompt, args.tokens, args.seed, args.temperature))
    except RoomError as e:
        sys.exit(f"talk.py: this room cannot be used: {e}")
    except KeyboardInterrupt:
        sys.exit(130)
