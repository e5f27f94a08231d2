"""Talk quality: how likely the subject finds the stories a model tells on its own.

A model can keep most of the subject's perplexity on real text and still drift when it talks:
every token it samples a little wrong becomes the context of the next. So each model tells `n`
stories from BOS at temperature 1 (seeded, at most `max_tokens` tokens, ending at an end token),
and the subject scores them: its loss in nats per token (all tokens of all stories pooled, as in
the evaluation protocol). The subject's own samples, scored the same way, are the reference:
ratio = loss on the model's stories / loss on the subject's own (1 = talks like the subject).
A room also tells them at its own speaking temperature (decompiler/temperature.py), the one its
talk.py uses: "ROOM at its temperature".

Name reuse: of the names mentioned in a teller's stories (readers.names, the room's own reader: a
capitalised word used inside a sentence), the share of mentions that repeat a name the story had
already introduced. A teller that forgets its characters introduces new names instead.
"""
import numpy as np
from tqdm import tqdm

from englishroom.corpora.sampling import sample_stories
from englishroom.measure.categories import words


def tell(model, n, seed, max_tokens, bos, ends, progress=False, desc="telling"):
    """n stories [BOS, ...] sampled from any Predictor at temperature 1."""
    rng = np.random.default_rng(seed)
    stories = []
    for _ in tqdm(range(n), desc=desc, disable=not progress):
        ids = [bos]
        while len(ids) <= max_tokens:
            p = np.asarray(model.predict(ids), dtype=np.float64)
            nxt = int(rng.choice(len(p), p=p / p.sum()))
            if nxt in ends:
                break
            ids.append(nxt)
        stories.append(ids)
    return stories


class Warmed:
    """A model that predicts what `model` does at `temperature`: the weights Room.generate samples from
    (room.py: sharpened), over their total."""

    def __init__(self, model, temperature):
        from englishroom.mechanisms.common import runtime
        self.model, self.temperature, self.sharpened = model, temperature, runtime("room").sharpened

    def predict(self, ids):
        w = np.array(self.sharpened(list(self.model.predict(ids)), self.temperature))
        return w / w.sum()


def subject_loss(subject, stories) -> float:
    """The subject's mean loss per token over the stories (each starting with BOS)."""
    stories = [s for s in stories if len(s) > 1]
    nll = tokens = 0.0
    for i, lp in subject.story_logprobs(stories):
        s = stories[i]
        nll -= float(lp[np.arange(len(s) - 1), s[1:]].sum())
        tokens += len(s) - 1
    return nll / tokens


def name_reuse(stories, texts) -> dict:
    """Mentions of names in `stories` ([BOS, ...] ids; `texts`: each token's text) and the share of them that
    repeat a name the same story mentioned before."""
    from englishroom.mechanisms.common import runtime
    readers = runtime("readers")
    mentions = repeats = 0
    for s in stories:
        named = {"".join(texts[w] for w in n).strip() for n in readers.names(s, texts)}
        seen = set()
        for a, b, _ in words([texts[w] for w in s[1:]]):
            word = "".join(texts[w] for w in s[1 + a:1 + b]).strip()
            if word in named:
                mentions += 1
                repeats += word in seen
                seen.add(word)
    return {"mentions": mentions, "share_repeated": round(repeats / max(mentions, 1), 4)}


def own_stories(subject, n, seed, max_tokens):
    """n of the subject's own stories at temperature 1 ([BOS, ...], at most `max_tokens` tokens after BOS):
    the talk ratio's reference."""
    own = sample_stories(subject, n * max_tokens, seed=seed, batch=50, max_len=max_tokens + 1,
                         progress=False)
    while len(own) < n:              # short stories: sample on until there are n
        own += sample_stories(subject, n * max_tokens, seed=seed + len(own), batch=50,
                              max_len=max_tokens + 1, progress=False)
    return own[:n]


MAX_TOKENS = 256      # a told story's most tokens after BOS


def story_length(subject, max_tokens=MAX_TOKENS) -> int:
    """The most tokens after BOS a told story holds: `max_tokens`, fewer where the subject's context is shorter."""
    return min(max_tokens, subject.context_length - 1)


def talk_quality(subject, models: dict, n=200, seed=0, max_tokens=MAX_TOKENS, progress=False) -> dict:
    """{"subject": {...}, name: {"loss", "ratio", "mean_tokens"} for each model}. A story holds at most
    `story_length(subject, max_tokens)` tokens after BOS."""
    max_tokens = story_length(subject, max_tokens)
    told = {"subject": own_stories(subject, n, seed, max_tokens)}
    for name, model in models.items():
        told[name] = tell(model, n, seed, max_tokens, subject.bos_id, subject.end_ids, progress,
                          f"{name} talks")
    ref = subject_loss(subject, told["subject"])
    out = {"stories": n, "max_tokens": max_tokens, "temperature": 1.0}
    from englishroom.mechanisms.common import runtime
    texts = runtime("readers").piece_texts(subject.tokenizer_spec()["pieces"])
    for name, stories in told.items():
        loss = ref if name == "subject" else subject_loss(subject, stories)
        out[name] = {"loss": round(loss, 4), "ratio": round(loss / ref, 4),
                     "mean_tokens": round(float(np.mean([len(s) - 1 for s in stories])), 1),
                     "names": name_reuse(stories, texts)}
        if isinstance(models.get(name), Warmed):
            out[name]["temperature"] = models[name].temperature
    return out


def room_talk(subject, models: dict, room: str, best_kn: str | None, n: int, seed=0, progress=False) -> dict:
    """Talk quality of the room named `room` in `models` (also at its speaking temperature, where that is not 1),
    of its context rules alone and of the best KN."""
    tellers = {k: models[k] for k in (room, "context rules only", best_kn) if k in models}
    warm = getattr(models.get(room), "temperature", 1.0)       # a room's speaking temperature (room.json's)
    if warm != 1.0:
        tellers[f"{room} at its temperature"] = Warmed(models[room], warm)
    return talk_quality(subject, tellers, n=n, seed=seed, progress=progress)
