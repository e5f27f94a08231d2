"""The command line keeps the memory it frees (englishroom/memory.py)."""
import subprocess
import sys

SCRIPT = """
import sys
import numpy as np
from englishroom.memory import keep_freed_memory
if sys.argv[1] == "keep":
    assert keep_freed_memory()
def resident():
    return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20
a = np.ones(200 * 2**20 // 8)
held = resident()
del a
print(round(held - resident()))
"""


def test_freed_memory_stays_in_the_process_once_asked():
    """Without the setting, a freed 200 MB array goes back to the kernel at once; with it, the process
    keeps it for its next arrays."""
    returned = {how: int(subprocess.run([sys.executable, "-c", SCRIPT, how], capture_output=True, text=True,
                                        check=True).stdout) for how in ("default", "keep")}
    assert returned["default"] >= 190 and returned["keep"] <= 10, returned


def test_the_command_line_asks_for_it(monkeypatch):
    from englishroom import cli
    asked = []
    monkeypatch.setattr(cli, "keep_freed_memory", lambda: asked.append(1))
    try:
        cli.main(["--help"])
    except SystemExit:
        pass
    assert asked == [1]
