"""TinyStories text: files of stories separated by `<|endoftext|>` lines.

Sources accepted by `load_stories`:
  - a text file, or a directory of `*.txt` files, in that format;
  - the Hugging Face dataset id `roneneldan/TinyStories` (optionally `:split`),
    when the hub is reachable.
"""
from pathlib import Path

from englishroom.errors import UserError

SEPARATOR = "<|endoftext|>"
HF_DATASET = "roneneldan/TinyStories"


def parse_stories(text: str) -> list[str]:
    """Split on separator lines; strip each story (as llama2.c does before encoding)."""
    stories, current = [], []
    for line in text.split("\n"):
        if line.strip() == SEPARATOR:
            stories.append("\n".join(current).strip())
            current = []
        else:
            current.append(line)
    stories.append("\n".join(current).strip())
    return [s for s in stories if s]


def _read_file(path: Path) -> list[str]:
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as e:
        raise UserError(f"{path}: not UTF-8 text (bad byte at offset {e.start})") from None
    stories = parse_stories(text)
    if not stories:
        raise UserError(f"{path}: no stories found (empty file, or only separators)")
    return stories


def load_stories(source, limit: int | None = None) -> list[str]:
    source = str(source)
    path = Path(source)
    if path.is_file():
        stories = _read_file(path)
    elif path.is_dir():
        files = sorted(path.glob("*.txt"))
        if not files:
            raise UserError(f"{path}: directory holds no .txt story files")
        stories = [s for f in files for s in _read_file(f)]
    elif source.split(":")[0] == HF_DATASET:
        stories = _load_hf(source)
    else:
        raise UserError(f"stories not found: {source} (give a text file, a directory of .txt files, "
                        f"or the dataset id {HF_DATASET}[:split])")
    return stories[:limit] if limit else stories


def _load_hf(source: str) -> list[str]:
    split = source.split(":")[1] if ":" in source else "validation"
    try:
        import datasets
        ds = datasets.load_dataset(HF_DATASET, split=split)
    except ImportError:
        raise UserError("loading from the hub needs `pip install datasets`; offline, pass a local "
                        "stories file such as ../shared/data/tinystories/valid-dev.txt") from None
    except Exception as e:  # network errors come in many types
        raise UserError(f"cannot load {HF_DATASET} from the Hugging Face Hub ({type(e).__name__}); "
                        "offline, pass a local stories file such as "
                        "../shared/data/tinystories/valid-dev.txt") from None
    return [s.strip() for s in ds["text"] if s.strip()]


def encode_stories(data, encode, limit: int | None = None, max_len: int | None = None) -> list[list[int]]:
    """The stories of `data` (default: the shared valid-dev.txt) as token ids by `encode` (text ->
    [BOS, ...]), cut to `max_len` tokens, keeping those with a token to score."""
    from englishroom.paths import dev_stories
    data = data or dev_stories()
    stories = [s[:max_len] for s in (encode(t) for t in load_stories(data, limit=limit)) if len(s) > 1]
    if not stories:
        raise UserError(f"{data}: no story has a token to score")
    return stories
