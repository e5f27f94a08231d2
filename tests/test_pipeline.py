"""The decompiler end to end: deterministic for a seed, and on a Hugging Face GPT-Neo (decompiler/pipeline.py)."""
import math
import subprocess
import sys

from englishroom.rooms import load_room

from conftest import SMALL, run_room


def test_decompile_is_deterministic(subject, tmp_path):
    """Two decompiles with the same settings write the same tables, every one of them byte for byte (the
    mechanisms measured on 3,000 tokens, to be quick); another seed writes other rules."""
    from englishroom.decompiler.pipeline import decompile
    from englishroom.decompiler.settings import Settings
    settings = Settings(**{**SMALL, "mechanism_tokens": 3000})
    one, two = tmp_path / "one", tmp_path / "two"
    for folder in (one, two):
        decompile(subject, folder, settings, evaluate=False, progress=False)
    tables = sorted(p.name for p in (one / "tables").iterdir())
    assert {"context_rules.txt", "unigram.txt", "context_rules.arpa.gz", "state_rules.txt", "copying.txt"} <= set(tables)
    assert tables == sorted(p.name for p in (two / "tables").iterdir())
    for name in tables:
        assert (one / "tables" / name).read_bytes() == (two / "tables" / name).read_bytes(), name
    assert (one / "room.json").read_bytes() == (two / "room.json").read_bytes()
    other = tmp_path / "other"
    decompile(subject, other, Settings(**{**SMALL, "seed": 1, "sample_tokens": 5000, "cool_tokens": 0, "mechanisms": ()}),
              evaluate=False, progress=False)
    assert (other / "tables/context_rules.txt").read_text() != (one / "tables/context_rules.txt").read_text()


def test_hf_gptneo_room(gptneo_dir, tmp_path, shared):
    """The Hugging Face path end to end: a room with a pure-Python GPT-2 byte-level BPE tokenizer. Three
    mechanisms, the ones that list tokens (each mechanism's lazy path at a large vocabulary is tested on
    the small room: test_room_template)."""
    from englishroom.decompiler.pipeline import decompile
    from englishroom.decompiler.settings import Settings
    from englishroom.corpora.stories import load_stories
    from englishroom.subjects import load_subject
    subject = load_subject(str(gptneo_dir))
    out = tmp_path / "neo-room"
    decompile(subject, out, Settings(budget=50, sample_tokens=1500, cool_tokens=0, story_tokens=48, real_text=None,
                                     max_order=3, mechanism_tokens=40, evidence_stories=0,
                                     mechanisms=("priming", "names", "copying")),
              evaluate=False, progress=False)
    room = load_room(out)
    assert room.room.manifest["tokenizer"] == "bytelevel" and room.vocab_size == 50257
    texts = load_stories(shared / "data/tinystories/valid-dev.txt", limit=60)
    texts += ["Café ♥ 日本 123  spaces\n\n\tand tabs don't matter, it's fine_ok"]
    for text in texts:
        ids = room.room.tokenizer.encode(text)
        assert ids == subject.encode(text), text[:60]
        assert room.room.tokenizer.decode(ids) == text
    p = room.predict([subject.bos_id] + subject.encode("Once upon a time"))
    assert math.isclose(sum(p), 1.0, abs_tol=1e-9) and min(p) > 0
    talk = run_room(out, "Once upon a time", "--tokens", "5", "--seed", "1")
    assert talk.returncode == 0 and talk.stdout.startswith("Once upon a time")
    # a slice of what this room says greedily runs on its own and decodes GPT-2's byte-level pieces
    from englishroom.inspect.slice import build_slice
    said = room.room.generate("Once upon a time, there", 3, temperature=0)
    source, info = build_slice(out, said, words=5, file_name="neo_slice.py", minimal=False)
    (tmp_path / "neo_slice.py").write_text(source)
    run = subprocess.run([sys.executable, "-I", "-S", str(tmp_path / "neo_slice.py")], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout[:-1] == said == info["text"]


def test_build_runs_the_code_it_began_with(subject, tmp_path, monkeypatch):
    """room_template/ edited while a build runs: every later pass, and the room written, keep the code as it
    was when the build began (decompile copies it aside first), and the copy is gone afterwards."""
    import shutil

    from englishroom.decompiler import emit, pipeline
    from englishroom.decompiler.settings import Settings
    source = tmp_path / "template"
    shutil.copytree(emit.TEMPLATE, source)
    monkeypatch.setattr(emit, "TEMPLATE", source)
    before = (source / "room.py").read_text()
    seen = []

    def rules_then_edit(program):
        seen.append(emit.TEMPLATE)
        (source / "room.py").write_text(before + "raise RuntimeError('edited mid-build')\n")
        return rules_pass(program)
    rules_pass = pipeline.rules_pass
    monkeypatch.setattr(pipeline, "rules_pass", rules_then_edit)
    settings = Settings(**{**SMALL, "sample_tokens": 5000, "cool_tokens": 0, "mechanisms": ()})
    pipeline.decompile(subject, tmp_path / "room", settings, evaluate=False, progress=False)
    assert seen and seen[0] != source and not seen[0].exists()
    assert emit.TEMPLATE == source
    assert (tmp_path / "room" / "room.py").read_text() == before
    assert load_room(tmp_path / "room").predict([subject.bos_id])
