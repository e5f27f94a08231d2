"""Keep the memory a process frees for its own next allocations.

By default glibc hands large blocks (above 32 MB at most: numpy's arrays of corpus statistics, a batch's
logits) straight back to the kernel when they are freed. On a virtual machine whose guest reports free
memory to its host (virtio-balloon free page reporting, as on the machines englishroom is measured on),
the host takes those pages within seconds, and the next array to touch them waits for the host to give
them back: 750 MB took 7 to 9 s to copy into returned memory, and 0.1 s into memory kept
(docs/results.md). Allocating every block from the heap (M_MMAP_MAX 0) and never trimming it
(M_TRIM_THRESHOLD) keeps freed memory in the process, where the next array reuses it. Forked workers
inherit the setting. Elsewhere (no glibc) this does nothing.
"""
import ctypes
import ctypes.util

M_TRIM_THRESHOLD, M_MMAP_MAX = -1, -4


def keep_freed_memory() -> bool:
    """Ask glibc to keep freed memory in this process; True where it agreed."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_MMAP_MAX, 0)) and bool(libc.mallopt(M_TRIM_THRESHOLD, 2**31 - 1))
    except (OSError, AttributeError):
        return False
