"""The room's own code (room_template/): it talks with the standard library only, its distributions
sum to one, and its pure-Python tokenizer is the subject's."""
import math
import sys

from englishroom.rooms import load_room

from conftest import run_room


def test_room_talks_with_the_standard_library_only(small_room):
    folder, _ = small_room
    a = run_room(folder, "Once upon a time", "--tokens", "40", "--seed", "1", "--temperature", "0.8")
    assert a.returncode == 0, a.stderr
    assert a.stdout.startswith("Once upon a time") and len(a.stdout) > len("Once upon a time") + 20
    assert run_room(folder, "Once upon a time", "--tokens", "40", "--seed", "1", "--temperature", "0.8").stdout == a.stdout
    assert run_room(folder, "Once upon a time", "--tokens", "40", "--seed", "2").stdout != a.stdout
    new = run_room(folder, "--tokens", "30", "--seed", "3")
    assert new.returncode == 0 and new.stdout.strip()
    # no import outside the standard library anywhere in the room's code
    for py in folder.glob("*.py"):
        for line in py.read_text().splitlines():
            if line.startswith(("import ", "from ")):
                mod = line.split()[1].split(".")[0]
                assert mod in sys.stdlib_module_names or (folder / f"{mod}.py").exists(), line


def test_room_probabilities_sum_to_one(small_room, subject, corpus):
    folder, _ = small_room
    room = load_room(folder)
    for story in corpus[:3]:
        for t in range(0, min(len(story), 120), 7):
            p = room.predict(story[: t + 1])
            assert len(p) == subject.vocab_size
            assert math.isclose(sum(p), 1.0, abs_tol=1e-9)
            assert min(p) > 0


def test_room_tokenizer_matches_the_subject(small_room, subject, shared):
    from englishroom.corpora.stories import load_stories
    room = load_room(small_room[0]).room
    texts = load_stories(shared / "data/tinystories/valid-dev.txt")
    texts += ["  Odd   spacing\tand tabs \n\n", "Café ♥ 日本 123", "a", ""]
    for text in texts:
        ids = room.tokenizer.encode(text)
        assert ids == subject.encode(text), text[:60]
        assert room.tokenizer.decode(ids) == subject.decode(ids)


def test_a_lazy_prediction_is_the_list_it_stands_for(small_room, corpus):
    """At a large vocabulary the room predicts lazily (prediction.py): one token's probability at a
    time, sampled and maximised without listing the vocabulary. Switched on in a small room, with every
    mechanism, it gives every token the list's probability, the list's likeliest token, and draws
    tokens as often as the list says."""
    import random
    folder, _ = small_room
    dense, lazy = load_room(folder).room, load_room(folder).room
    lazy.context_rules.go_lazy()
    assert len(dense.mechanisms) >= 6
    for story in corpus[:3]:
        for t in range(1, min(len(story), 60), 7):
            p, q = dense.predict(story[:t]), lazy.predict(story[:t])
            assert isinstance(p, list) and not isinstance(q, list)
            assert all(math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-15) for a, b in zip(p, q))
            assert q.likeliest() == max(range(len(p)), key=p.__getitem__)
    prefix = corpus[0][:12]
    p, q, rng = dense.predict(prefix), lazy.predict(prefix), random.Random(0)
    n = 20000
    drawn = [q.sample(rng) for _ in range(n)]
    for w in sorted(range(len(p)), key=lambda w: -p[w])[:10]:
        assert abs(drawn.count(w) / n - p[w]) <= 4 * math.sqrt(p[w] * (1 - p[w]) / n) + 1e-3
    rare = {w for w in range(len(p)) if p[w] < 0.01}
    assert abs(sum(w in rare for w in drawn) / n - sum(p[w] for w in rare)) <= 0.01
    story = lazy.generate("Once upon a time", 30, seed=3)
    assert story.startswith("Once upon a time") and len(story) > len("Once upon a time")


def test_context_rules_back_off_as_the_arpa_format_does():
    """Hand-made rules over four tokens: a rule's alpha is what it leaves over what its backoff leaves
    for the same tokens, a token it does not list gets alpha times the backoff's probability, and a
    context that is no rule passes a question on to the next shorter one."""
    from englishroom.mechanisms.common import runtime
    tables = {"unigram.txt": [("a", "0.4"), ("b", "0.3"), ("c", "0.2"), ("d", "0.1")],
              "context_rules.txt": [("a", "b 0.5"), ("b a", "c 0.6")]}
    rules = runtime("context_rules").ContextRules(lambda name: iter(tables[name]), list("abcd"))
    a, b, c, d = range(4)
    alpha_a, alpha_ba = 0.5 / 0.7, 0.4 / (1 - 0.5 / 0.7 * 0.2)
    assert rules.rules == {} and rules.rule((c,)) is None                      # read when first asked for
    assert math.isclose(rules.rule((b, a))[1], alpha_ba) and math.isclose(rules.rules[(a,)][1], alpha_a)   # (a) read for it
    assert math.isclose(rules.prob(d, (a,)), alpha_a * 0.1) and rules.prob(b, (a,)) == 0.5
    assert math.isclose(rules.prob(b, (d, b, a)), alpha_ba * 0.5)           # (d, b, a) is no rule: (b, a) answers
    assert math.isclose(rules.prob(a, (c,)), 0.4) and math.isclose(rules.prob(c, ()), 0.2)
    for ctx in [(), (a,), (b, a), (d, b, a), (c, c)]:
        assert math.isclose(rules.summed(range(4), ctx), 1.0)
        assert math.isclose(rules.summed({b, c}, ctx), rules.prob(b, ctx) + rules.prob(c, ctx))
        assert all(math.isclose(x, rules.prob(w, ctx)) for w, x in enumerate(rules.as_list(ctx)))
