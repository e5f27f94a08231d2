"""Benchmark: the probe and rules passes on subjects of real size, with GPT-2's 50,257-token vocabulary.

    .venv/bin/python benchmarks/real_size.py [--configs neo33m,gpt2] [--tokens 100000,200000,500000]

Each subject is randomly initialised offline with `transformers` (the shape of TinyStories-33M, a
GPT-Neo: hidden 768, 4 layers, 16 heads, local and global attention; and of GPT-2 small: 12 layers,
768 wide) and saved with the shared GPT-2 tokenizer files. Its probe corpus is real text: the first
N GPT-2 tokens of the shared train-head.txt then train-more.txt (no sampling). For each size, a fresh
process decompiles it into a room of context rules (the probe's map and reduce, the rules, emit;
no mechanisms) while this one samples the proportional set size of that process and its
workers every half second: the peak is the most memory they held together. Time and peak per size,
with the growth from the smallest to the largest size and what 1M and 10M tokens would take at that
growth, and the largest room's speed in CPython (tokens scored and generated a second), go to
benchmarks/results/real_size.json. Run it with nothing else on the machine.
"""
import argparse
import glob
import json
import math
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).parent / "results" / "real_size.json"
CONFIGS = {
    "neo33m": ("GPT-Neo, TinyStories-33M's shape", dict(kind="neo", hidden_size=768, num_layers=4, num_heads=16)),
    "gpt2": ("GPT-2 small's shape", dict(kind="gpt2", n_embd=768, n_layer=12, n_head=12)),
}


def build_subject(name, folder):
    """A randomly initialised model of the configuration, with the GPT-2 tokenizer, saved to `folder`."""
    import torch
    from transformers import GPT2Config, GPT2LMHeadModel, GPT2TokenizerFast, GPTNeoConfig, GPTNeoForCausalLM

    from englishroom.paths import shared_dir
    spec = dict(CONFIGS[name][1])
    kind = spec.pop("kind")
    torch.manual_seed(0)
    if kind == "neo":
        layers = spec["num_layers"]
        model = GPTNeoForCausalLM(GPTNeoConfig(vocab_size=50257, max_position_embeddings=2048, window_size=256,
                                               attention_types=[[["global", "local"], layers // 2]],
                                               bos_token_id=50256, eos_token_id=50256, **spec))
    else:
        model = GPT2LMHeadModel(GPT2Config(vocab_size=50257, n_positions=1024, bos_token_id=50256,
                                           eos_token_id=50256, **spec))
    for f in ("vocab.json", "merges.txt"):
        shutil.copy(shared_dir() / "tokenizers" / "gpt2" / f, folder / f)
    GPT2TokenizerFast.from_pretrained(folder).save_pretrained(folder)
    model.save_pretrained(folder)
    return sum(p.numel() for p in model.parameters())


def real_text(subject, tokens, path):
    """The first stories of train-head.txt then train-more.txt holding `tokens` GPT-2 tokens, as a stories file."""
    from englishroom.corpora.stories import load_stories
    from englishroom.paths import shared_file
    kept, total = [], 0
    for name in ("train-head.txt", "train-more.txt"):
        for text in load_stories(shared_file("data", "tinystories", name)):
            if total >= tokens:
                break
            kept.append(text)
            total += len(subject.encode_story(text)) - 1
    path.write_text("\n<|endoftext|>\n".join(kept) + "\n")
    return total


def one(model_dir, tokens, text_path, room_dir):
    """In the measured process: decompile the subject from `tokens` of real text into a room of
    context rules (no mechanisms: their derivation still predicts whole vocabularies), unmeasured."""
    from englishroom.decompiler.emit import emit
    from englishroom.decompiler.pipeline import start
    from englishroom.decompiler.probe import probe_pass
    from englishroom.decompiler.rules import rules_pass
    from englishroom.decompiler.settings import Settings
    from englishroom.subjects import load_subject
    subject = load_subject(model_dir, "auto")
    t0 = time.perf_counter()
    settings = Settings(sample_tokens=0, cool_tokens=0, real_text=str(text_path), mechanisms=(),
                        evidence_stories=0, talk_stories=0).check()
    program = probe_pass(start(subject, settings), subject, progress=False)
    stats = program.stats
    kept = {"contexts": len(stats.contexts), "kept_tokens_per_context": round(len(stats.tokens) / len(stats.contexts), 1),
            "mean_rest": round(float(stats.rest[1:].mean()), 4)}
    program = rules_pass(program)
    emit(program, room_dir)
    print(json.dumps({"seconds": round(time.perf_counter() - t0, 1), "rules": len(program.rules),
                      "probe_tokens": program.corpus["tokens"], "max_order": program.settings.max_order,
                      **kept, "device": subject.device}))


def room_speed(room_dir, subject, stories=30, tell=5):
    """The room's own code: tokens scored a second (each one's probability, walking the backoff),
    and tokens generated a second (temperature 1, from BOS)."""
    from englishroom.corpora.stories import load_stories
    from englishroom.paths import dev_stories
    from englishroom.rooms import load_room
    room = load_room(room_dir).room
    texts = load_stories(dev_stories(), limit=stories)
    ids = [room.encode(t)[:subject.context_length] for t in texts]
    t0, n, nll = time.perf_counter(), 0, 0.0
    for s in ids:
        for t in range(1, len(s)):
            nll -= math.log(room.predict(s[:t])[s[t]])
            n += 1
    scoring = n / (time.perf_counter() - t0)
    t0, made = time.perf_counter(), 0
    for seed in range(tell):
        made += len(room.encode(room.generate("", 200, seed=seed))) - 1
    total = sum(room.predict([room.bos])[w] for w in range(room.vocab_size))
    return {"scored_tokens_per_second": round(scoring), "loss_on_valid_dev": round(nll / n, 3), "scored_tokens": n,
            "generated_tokens_per_second": round(made / (time.perf_counter() - t0)), "generated_tokens": made,
            "probabilities_after_bos_sum_to": round(total, 9)}


def pss_of_tree(pid):
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                total += next(int(line.split()[1]) for line in f if line.startswith("Pss:")) * 1024
        except (OSError, StopIteration):
            continue
        for children in glob.glob(f"/proc/{p}/task/*/children"):
            try:
                todo += [int(c) for c in open(children).read().split()]
            except OSError:
                pass
    return total


def measured(model_dir, tokens, text_path, room_dir):
    child = subprocess.Popen([sys.executable, __file__, "--one", str(model_dir), str(tokens), str(text_path),
                              str(room_dir)],
                             stdout=subprocess.PIPE, text=True)
    peak = 0
    while child.poll() is None:
        peak = max(peak, pss_of_tree(child.pid))
        time.sleep(0.5)
    out = child.stdout.read()
    if child.returncode:
        raise SystemExit(f"the build of {tokens} tokens failed (exit {child.returncode})")
    return {**json.loads(out.strip().splitlines()[-1]), "peak_gb": round(peak / 2**30, 2)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--configs", default="neo33m,gpt2")
    ap.add_argument("--tokens", default="100000,200000,500000")
    ap.add_argument("--one", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        return one(args.one[0], int(args.one[1]), args.one[2], args.one[3])
    from englishroom.paths import atomic_write
    from englishroom.subjects import load_subject
    results = json.loads(OUT.read_text()) if OUT.exists() else {}
    sizes = [int(x) for x in args.tokens.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.configs.split(","):
            folder = Path(tmp) / name
            folder.mkdir()
            params = build_subject(name, folder)
            subject = load_subject(str(folder))
            runs = {}
            for n in sizes:
                text = Path(tmp) / f"{name}-{n}.txt"
                got = real_text(subject, n, text)
                room = Path(tmp) / f"{name}-{n}-room"
                runs[n] = {"text_tokens": got, **measured(folder, n, text, room)}
                if n == max(sizes):
                    runs[n]["room"] = room_speed(room, subject)
                print(name, n, runs[n], flush=True)
            small, large = min(runs), max(runs)
            growth = math.log(runs[large]["seconds"] / runs[small]["seconds"]) / math.log(large / small) \
                if large > small else None
            results[name] = {"what": CONFIGS[name][0], "parameters": params, "vocab_size": subject.vocab_size,
                             "runs": {str(k): v for k, v in runs.items()}, "time_exponent": growth and round(growth, 2),
                             "estimated_seconds": growth and {
                                 str(m): round(runs[large]["seconds"] * (m / large) ** growth)
                                 for m in (1_000_000, 10_000_000)}}
            atomic_write(OUT, json.dumps(results, indent=1) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
