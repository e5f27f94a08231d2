"""The probe's map on a Ray cluster, for probe corpora that outgrow one machine.

The map (context_stats.score_shard: score a shard of stories, keep each position's heaviest
tokens) runs as one Ray task per shard, each loading the subject once per worker process and
using one torch thread; the shards come back in order and the reduce runs here, exactly as it
does in-process, so the room is the same. Ray is optional: `pip install 'englishroom[ray]'`.

`address`: "local" starts a Ray instance on this machine (one worker per core); anything else is
passed to ray.init ("auto": the cluster this machine belongs to, or "ray://host:10001").
"""
import os
import socket

from tqdm import tqdm

from englishroom.errors import UserError

CONNECT_SECONDS = 5      # an address that does not answer within this long is an error, not Ray's long retry
STALL_SECONDS = 900      # a cluster on which no shard finishes for this long is an error, not a silent wait


def check_reachable(address):
    """A one-line error unless HOST:PORT (or ray://HOST:PORT) accepts a connection within CONNECT_SECONDS:
    ray.init would otherwise retry an unreachable address for minutes."""
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        raise UserError(f"--ray {address}: give local, auto, HOST:PORT or ray://HOST:PORT")
    try:
        socket.create_connection((host, int(port)), timeout=CONNECT_SECONDS).close()
    except OSError as e:
        raise UserError(f"--ray {address}: cannot reach a Ray cluster there ({e.strerror or e})") from None


def _score(spec, stories, keep_min):
    """One shard, in a Ray worker: the subject loaded once per worker, then the map's own single-threaded
    scoring (probe.score_alone), so a shard gives the same numbers here as in-process."""
    from englishroom.decompiler import probe
    from englishroom.subjects import load_subject
    if getattr(probe._SUBJECT, "spec", None) != spec:
        probe._SUBJECT = load_subject(spec)
    return probe.score_alone((stories, keep_min))


def map_on_ray(address, subject, stories, parts, keep_min, progress=True, workers=None):
    """[score_shard(subject, stories[a:b], keep_min) for (a, b) in parts], computed by Ray tasks."""
    try:
        import ray
    except ImportError:
        raise UserError("--ray needs Ray: pip install 'englishroom[ray]'") from None
    spec = getattr(subject, "spec", None)
    if spec is None:
        raise UserError(f"{subject.name}: Ray workers need a subject loaded by name or path")
    started = not ray.is_initialized()
    if started:
        try:
            if address == "local":
                ray.init(num_cpus=workers or os.cpu_count(), include_dashboard=False, log_to_driver=False,
                         configure_logging=False)
            else:
                if address != "auto":
                    check_reachable(address)
                ray.init(address=address, log_to_driver=False, configure_logging=False)
        except (ConnectionError, RuntimeError, ValueError) as e:
            raise UserError(f"--ray {address}: cannot reach a Ray cluster ({str(e).splitlines()[0][:120]})") from None
    try:
        task = ray.remote(num_cpus=1)(_score)
        pending = {task.remote(spec, stories[a:b], keep_min): k for k, (a, b) in enumerate(parts)}
        done = [None] * len(parts)
        bar = tqdm(total=len(parts), desc=f"probing the subject on Ray ({address})", unit="shard",
                   disable=not progress)
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1, timeout=STALL_SECONDS)
            if not ready:
                raise UserError(f"--ray {address}: no shard finished in {STALL_SECONDS} s, {len(pending)} of "
                                f"{len(parts)} still out (are the cluster's workers alive? `ray status` says)")
            for ref in ready:
                done[pending.pop(ref)] = ray.get(ref)
                bar.update(1)
        bar.close()
        return done
    finally:
        if started:
            ray.shutdown()
