"""The one measurement of a room (or of the subject and baselines alone), shared by `decompile` and `eval`.

`measure` scores the models on real stories with the story protocol (evaluate.py): the room under
test, its variants with each mechanism switched off (each one's contribution), Kneser-Ney and
unigram baselines; then, for the room, its context rules alone, the best KN and unigram: the token
categories (categories.py), the cloze capability probes (cloze.py) and, when asked, talk quality
(talk.py). `measure_pass` is the decompiler's measure pass: it stages the room and measures it
against baselines estimated from the room's own probe corpus.
"""
from englishroom.corpora.stories import load_stories

SHOWN = ("room", "context rules only", "unigram")     # with the best KN: the models categories and probes keep


def measure(subject, texts, models: dict, tested=None, data=None, by_category=False, talk=0, talk_seed=0,
            progress=True) -> dict:
    """Score `models` (name -> Predictor; the room under test named `tested`, its variants as
    mechanism_variants names them) against the subject on the stories `texts`."""
    from englishroom.measure.categories import categorizer
    from englishroom.measure.cloze import cloze
    from englishroom.measure.evaluate import evaluate
    from englishroom.measure.variants import take_contributions
    result = evaluate(subject, texts, models, progress=progress,
                      categorize=categorizer(subject.token_text) if by_category else None)
    best_kn = result.get("best_kn")
    keep = {tested, *SHOWN, best_kn} if tested else set(models)
    out = {"data": str(data), "stories": result["stories"], "tokens": result["tokens"]}
    if tested:
        room = result["models"].pop(tested)
        out.update(room)
        out["mechanisms"] = take_contributions(result["models"], room["loss"])
    out.update(subject=result["subject"], baselines=result["models"], best_kn=best_kn)
    if by_category:
        named = lambda k: "room" if k == tested else k          # the room is "room" in the categories
        out["categories"] = {g: {label: {**r, "models": {named(k): v for k, v in r["models"].items() if k in keep}}
                                 for label, r in rows.items()} for g, rows in result["categories"].items()}
    out["probes"] = cloze(subject, {k: v for k, v in models.items() if k in keep}, tested)["families"]
    if talk:
        from englishroom.measure.talk import room_talk
        out["talk"] = room_talk(subject, models, tested, best_kn, talk, talk_seed, progress=progress)
    out["_result"] = result          # for callers that print more (bytes, seconds); not kept
    return out


def room_models(room, baseline_stories, subject, orders) -> dict:
    """The room (as "room"), its mechanism variants, and KN/unigram baselines from `baseline_stories`."""
    from englishroom.measure.baselines import build_baselines
    from englishroom.measure.variants import mechanism_variants
    return {**mechanism_variants(room, "room"),
            **build_baselines(baseline_stories, subject.vocab_size, subject.bos_id, orders)}


def models_for(subject, room=None, corpus=None, corpus_tokens=None, corpus_seed=0, orders=None,
               baselines=True, progress=True):
    """The models `eval` and `cloze` score: the room in the folder `room` (under its name, with its
    mechanism variants) and KN/unigram baselines from `baselines.baseline_corpus` (unless not
    `baselines`) -> (models, the room's name or None, what the baselines' corpus is or None).
    KN `orders` default to 2 up to the room's kn_order, or without a room to 12 characters' worth
    of the baseline corpus (decompiler/reach.py)."""
    from englishroom.measure.baselines import baseline_corpus, build_baselines
    from englishroom.measure.variants import mechanism_variants
    from englishroom.rooms import subject_room
    models, tested, info = {}, None, None
    if baselines:
        stories, info = baseline_corpus(subject, room, corpus, corpus_tokens, corpus_seed, progress=progress)
        if orders is None:
            orders = range(2, kn_order(subject, room, stories) + 1)
        models = build_baselines(stories, subject.vocab_size, subject.bos_id, orders)
    if room:
        model = subject_room(room, subject)
        tested = model.name
        models = {**mechanism_variants(model, tested), **models}
    return models, tested, info


def kn_order(subject, room, stories) -> int:
    """The room's kn_order (provenance.json), else 12 characters' worth of `stories`."""
    import json
    from pathlib import Path
    from englishroom.decompiler import reach
    if room:
        recorded = json.loads((Path(room) / "provenance.json").read_text()).get("settings", {}).get("kn_order")
        if isinstance(recorded, int) and recorded >= 2:
            return recorded
    return reach.tokens_for("kn_order", reach.chars_per_token(stories, subject.token_text))


def measure_pass(program, subject, data, progress=True):
    """Measure the room as the IR holds it (staged), and let it tell three stories for its README."""
    from englishroom.decompiler.emit import Stage
    from englishroom.measure.variants import room_speed
    from englishroom.rooms import room_size
    texts = load_stories(data)
    with Stage(program) as stage:
        room = stage.model()
        models = room_models(room, program.stories, subject, range(2, program.settings.kn_order + 1))
        out = measure(subject, texts, models, "room", data, by_category=True, talk=program.settings.talk_stories,
                      progress=progress)
        out.pop("_result")
        out.update(baseline_tokens=sum(len(s) - 1 for s in program.stories), size=room_size(stage.folder),
                   tokens_per_second=round(room_speed(room, map(subject.encode_story, texts)), 0))
        program.metrics = out
        length = min(subject.context_length - 1, round(300 / program.corpus["chars_per_token"]))  # ~300 characters
        program.samples = [room.room.generate("", length, seed) for seed in (1, 2, 3)]
    return program
