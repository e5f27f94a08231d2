"""The one protocol every language model in englishroom speaks.

    predict(prefix) -> a probability distribution over the vocabulary

`prefix` is a story prefix of token ids starting with BOS; the result is a
sequence of `vocab_size` probabilities for the next token. Anything with
`vocab_size`, `name` and `predict` can be evaluated against the subject: baselines,
rooms, and the subject itself. `story_distributions` is the batched form the
evaluator calls; models that can do better than one prefix at a time override it.
"""
import numpy as np


class Predictor:
    name = "model"
    vocab_size: int

    def predict(self, prefix: list[int]):
        raise NotImplementedError

    def story_distributions(self, story: list[int]) -> np.ndarray:
        """Row t is the distribution of the token after story[:t+1]; shape [len(story), V]."""
        return np.array([self.predict(story[: t + 1]) for t in range(len(story))], dtype=np.float64)
