import re
import struct

import pytest
import torch

from englishroom.errors import UserError
from englishroom.corpora.sampling import sample_stories
from englishroom.subjects import load_subject

REFERENCE = ("Once upon a time, there was a little girl named Lily. She loved to play outside in the "
             "park. One day, she saw a big, red ball. She wanted to play with it, but it was too high.")


def test_greedy_reference_sentence(subject):
    story = sample_stories(subject, 1, temperature=0, batch=1, progress=False)[0]
    assert subject.decode(story).startswith(REFERENCE)


def test_kv_cache_matches_full_forward(subject):
    story = sample_stories(subject, 1, seed=5, batch=1, progress=False)[0][:80]
    full = subject.logits(torch.tensor([story]))[0]
    past = subject.arch.new_past()
    steps = []
    for t in story:
        logits, past, _ = subject.arch.forward(torch.tensor([[t]]), past, False)
        steps.append(logits[0, -1])
    assert torch.allclose(full, torch.stack(steps), atol=1e-4)


def test_internals_shapes_and_names(subject):
    ids = torch.tensor([subject.encode_story("Tom saw a cat. Tom smiled.")])
    logits, cache = subject.run(ids, cache=True)
    T = ids.shape[1]
    assert cache["blocks.0.attn.hook_z"].shape == (1, T, 8, 8)
    assert cache["blocks.4.attn.hook_pattern"].shape == (1, 8, T, T)
    assert cache["blocks.2.mlp.hook_post"].shape == (1, T, 172)
    assert cache["blocks.0.hook_resid_pre"].shape == (1, T, 64)
    pat = cache["blocks.1.attn.hook_pattern"][0]
    assert torch.allclose(pat.sum(-1), torch.ones(8, T), atol=1e-5)
    assert torch.all(pat.triu(1) == 0)  # causal
    assert torch.allclose(logits, subject.logits(ids), atol=1e-4)
    assert len(subject.components()) == 40 + 5 * 172
    assert subject.components()[3] == "L0H3"


def test_head_ablation_changes_and_restores(subject):
    ids = torch.tensor([subject.encode_story("Once upon a time, there was a dog named Max. Max")])
    before = subject.logits(ids)
    ablated, _ = subject.run(ids, ablate={"L1H2": "zero"})
    assert (ablated - before).abs().max() > 1e-3
    after = subject.logits(ids)
    assert torch.equal(before, after)


def test_mean_ablation_and_neurons(subject, corpus):
    means = subject.component_means(corpus[:20])
    assert means["L0H"].shape == (8, 8) and means["L3N"].shape == (172,)
    ids = torch.tensor([corpus[0][:60]])
    base = subject.logits(ids)
    zero, _ = subject.run(ids, ablate={"L2N10": "zero", "L0H1": "zero"})
    mean, _ = subject.run(ids, ablate={"L2N10": "mean", "L0H1": "mean"}, means=means)
    assert (zero - base).abs().max() > 1e-4 and (mean - zero).abs().max() > 1e-4
    # the cached activation of an ablated neuron is its mean
    _, cache = subject.run(ids, cache=True, ablate={"L2N10": "mean"}, means=means)
    assert torch.allclose(cache["blocks.2.mlp.hook_post"][0, :, 10], means["L2N"][10].expand(60))
    with pytest.raises(UserError):
        subject.run(ids, ablate={"L9H0": "zero"})
    with pytest.raises(UserError):
        subject.run(ids, ablate={"L0H0": "mean"})


def test_hf_gptneo_path(gptneo_dir):
    subject = load_subject(str(gptneo_dir))
    assert subject.vocab_size == 50257 and subject.n_layers == 8 and subject.n_heads == 16
    assert subject.bos_id == 50256
    ids = subject.encode_story("Once upon a time there was a cat.")
    assert ids[0] == 50256 and subject.decode(ids) == "Once upon a time there was a cat."
    x = torch.tensor([ids])
    logits, cache = subject.run(x, cache=True)
    assert logits.shape == (1, len(ids), 50257)
    assert cache["blocks.7.attn.hook_z"].shape == (1, len(ids), 16, 4)
    assert cache["blocks.0.mlp.hook_post"].shape == (1, len(ids), 256)
    assert cache["blocks.3.attn.hook_pattern"].shape == (1, 16, len(ids), len(ids))
    ablated, _ = subject.run(x, ablate={"L3H5": "zero"})
    assert (ablated - logits).abs().max() > 0
    assert torch.equal(subject.logits(x), logits)
    a = sample_stories(subject, 40, seed=1, batch=2, max_len=30, progress=False)
    assert a == sample_stories(subject, 40, seed=1, batch=2, max_len=30, progress=False)
    # the KV-cache sampling path agrees with a full forward pass
    full = subject.logits(torch.tensor([a[0]]))[0, -2]
    past = subject.arch.new_past()
    logits, past, _ = subject.arch.forward(torch.tensor([a[0][:-1]]), past, False)
    assert torch.allclose(full, logits[0, -1], atol=1e-4)


def test_unknown_and_unreachable_models(tmp_path):
    with pytest.raises(UserError, match="unknown model"):
        load_subject("no-such-model")
    with pytest.raises(UserError, match="local directory"):
        load_subject("roneneldan/TinyStories-no-such-size")
    bad = tmp_path / "broken.bin"
    bad.write_bytes(b"\x00" * 10)
    (tmp_path / "tok512.model").write_bytes(b"")
    with pytest.raises(UserError):
        load_subject(str(bad))


def test_a_llama2c_folder_is_found_by_its_checkpoint(shared):
    """The folder holds stories260K.bin and the tokenizer's tok512.bin: the checkpoint is the one that is not tok*."""
    folder = load_subject(str(shared / "models" / "stories260K"))
    assert folder.name == "stories260K"
    assert folder.source["sha256_16"] == load_subject("stories260K").source["sha256_16"]


@pytest.mark.parametrize("spec", ["sub/nope.bin", "./x", "x.bin", "../nowhere/model", "a/b/c", "/no/such/folder"])
def test_a_path_that_does_not_exist_is_not_found_not_a_hub_id(spec, monkeypatch):
    import englishroom.subjects.hf as hf
    monkeypatch.setattr(hf, "load_hf", lambda spec: pytest.fail(f"{spec} was tried as a hub id"))
    with pytest.raises(UserError, match=f"model not found: {re.escape(spec)}"):
        load_subject(spec)


def test_a_folder_with_two_checkpoints_asks_which(tmp_path, shared):
    for name in ("a.bin", "b.bin", "tok512.bin"):
        (tmp_path / name).write_bytes(b"")
    with pytest.raises(UserError, match=r"holds 2 llama2.c checkpoints \(a.bin, b.bin\)"):
        load_subject(str(tmp_path))


STORIES260K = (64, 172, 5, 8, 4, 512, 512)


def crafted(tmp_path, shared, header=STORIES260K, edit=None, name="crafted.bin"):
    """stories260K.bin with another header, or its bytes edited; its tokenizer beside it."""
    import shutil
    data = bytearray(struct.pack("<7i", *header) + (shared / "models/stories260K/stories260K.bin").read_bytes()[28:])
    if edit:
        edit(data)
    path = tmp_path / name
    path.write_bytes(bytes(data))
    shutil.copy(shared / "models/stories260K/tok512.model", tmp_path)
    return str(path)


@pytest.mark.parametrize("header, message", [
    ((64, -172, 5, 8, 4, 512, 512), "hidden_dim is -172"),
    ((64, 172, 0, 8, 4, 512, 512), "n_layers is 0"),
    ((64, 172, 5, 8, 3, 512, 512), "do not divide evenly"),
    ((64, 172, 5, 7, 7, 512, 512), "do not divide evenly"),
    ((64, 172, 5, 8, 4, -512, 512), "untied classifiers are not supported"),
    ((64, 172, 5, 8, 4, 512, 1024), "bytes, but its header"),
    ((65536, 1 << 30, 1000, 64, 8, 32000, 1 << 20), "bytes, but its header"),      # would need terabytes
])
def test_llama2c_headers_are_checked_before_anything_is_allocated(header, message, tmp_path, shared, monkeypatch):
    from englishroom.subjects import llama2c
    monkeypatch.setattr(llama2c, "Llama", lambda cfg: pytest.fail("a model was allocated"))
    with pytest.raises(UserError, match=message):
        load_subject(crafted(tmp_path, shared, header))


def test_llama2c_checkpoints_with_nan_or_cut_short_are_refused(tmp_path, shared):
    def nan_in_layer_1(data):          # after the embedding (512 x 64) and layer 0's attention norm (64)
        struct.pack_into("<f", data, 28 + 4 * (512 * 64 + 64 + 3), float("nan"))
    with pytest.raises(UserError, match=r"layers.1.attention_norm.weight holds NaN or infinite weights"):
        load_subject(crafted(tmp_path, shared, edit=nan_in_layer_1))
    with pytest.raises(UserError, match="inf"):
        load_subject(crafted(tmp_path, shared, edit=lambda d: struct.pack_into("<f", d, 28, float("inf"))))
    with pytest.raises(UserError, match="1,056,536 bytes, but its header"):
        load_subject(crafted(tmp_path, shared, edit=lambda d: d.__delitem__(slice(-4, None))))
    assert load_subject(crafted(tmp_path, shared)).vocab_size == 512          # the same bytes, untouched, load


def test_a_subject_on_a_device_returns_the_same_numbers_on_the_cpu(subject, corpus):
    """--device: the architecture moved to a device (here the CPU itself, the path a GPU takes) gives
    the same logits, KV-cached steps, internals and ablations; auto takes a GPU only when there is one."""
    import copy
    from englishroom.subjects.base import on_device, resolve_device
    moved = copy.copy(subject)
    moved.arch = on_device(subject.arch, "cpu")
    ids = torch.tensor([s[:40] for s in corpus[:3]])
    want, got = subject.run(ids, cache=True), moved.run(ids, cache=True)
    assert torch.equal(want[0], got[0]) and want[1].keys() == got[1].keys()
    assert all(torch.equal(want[1][k], got[1][k]) for k in want[1])
    means = subject.component_means(corpus[:4])
    assert torch.equal(subject.run(ids, ablate={"L1H2": "mean", "L0N3": "zero"}, means=means)[0],
                       moved.run(ids, ablate={"L1H2": "mean", "L0N3": "zero"}, means=means)[0])
    assert sample_stories(subject, 300, seed=3, progress=False, workers=1) == \
        sample_stories(moved, 300, seed=3, progress=False, workers=1)
    assert resolve_device("auto") == ("cuda" if torch.cuda.is_available() else "cpu")
    if not torch.cuda.is_available():
        with pytest.raises(UserError, match="no GPU"):
            load_subject("stories260K", "cuda")
