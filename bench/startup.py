"""Runs Postvett and the floor app alternately under Xvfb and prints
time-to-ready (median and spread, and the ratio), binary and .deb sizes, UI
asset bytes, and idle memory as PSS over each app and its WebKit processes.

Both apps write CLOCK_MONOTONIC nanoseconds to $POSTVETT_BENCH_READY two
animation frames after their first screen is in; time.monotonic_ns() reads
the same clock, so start-to-ready is exact. Figures only: nothing is asserted.
"""

import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
APPS = {
    "postvett": os.path.join(ROOT, "target/release/postvett"),
    "floor": os.path.join(ROOT, "target/release/postvett-floor"),
}
# Without a GPU, Postvett has WebKit paint on the CPU (the rule is in
# src-tauri/src/system/linux.rs alone); the floor keeps Tauri's default
# (OpenGL, without a GPU Mesa's software renderer). So the floor also runs
# painted on the CPU (floor-cpu), and the like-for-like ratio compares
# Postvett with the floor painted as Postvett's own WebKit process was told
# to paint, read from that process's environment (painted_on_cpu).
CPU_PAINTING = ("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
RUNS = {name: (path, {}) for name, path in APPS.items()}
RUNS["floor-cpu"] = (APPS["floor"], dict([CPU_PAINTING]))


def start_xvfb():
    """Starts Xvfb on a free display and returns once it accepts clients."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as f:  # Xvfb writes its display number when ready
        number = f.readline().strip()
    if not number:
        raise RuntimeError("Xvfb did not start")
    os.environ["DISPLAY"] = f":{number}"
    return proc


# The page's own milestones per run (ms since its navigation started), if it sends them.
MARKS = {}
# Each run's temporary folder, removed when the benchmark ends.
WORK = []


def run_once(name, stay=False):
    """Starts the app of RUNS[name], returns (seconds to ready, pid or None)."""
    binary, extra = RUNS[name]
    work = tempfile.mkdtemp(prefix="pv-bench-")
    WORK.append(work)
    ready = os.path.join(work, "ready")
    env = dict(os.environ, POSTVETT_BENCH_READY=ready, POSTVETT_DATA_DIR=os.path.join(work, "store"),
               XDG_DATA_HOME=os.path.join(work, "data"), XDG_CACHE_HOME=os.path.join(work, "cache"),
               XDG_CONFIG_HOME=os.path.join(work, "config"), LANG="nb_NO.UTF-8", **extra)
    if stay:
        env["POSTVETT_BENCH_STAY"] = "1"
    t0 = time.monotonic_ns()
    proc = subprocess.Popen([binary], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not os.path.exists(ready) or os.path.getsize(ready) == 0:
        if time.monotonic() > deadline or proc.poll() not in (None, 0):
            proc.kill()
            raise RuntimeError(f"{binary} never became ready (exit status {proc.poll()})")
        time.sleep(0.002)
    with open(ready) as f:
        first, *rest = f.read().strip().splitlines()
        t_ready = int(first)
    if not stay:
        MARKS.setdefault(name, []).append({n: float(v) for n, v in (line.split() for line in rest)})
    if stay:
        return (t_ready - t0) / 1e9, proc
    proc.wait(timeout=30)
    return (t_ready - t0) / 1e9, None


def descendants(pid):
    out, todo = [pid], [pid]
    while todo:
        p = todo.pop()
        for task in glob.glob(f"/proc/{p}/task/*/children"):
            try:
                kids = [int(x) for x in open(task).read().split()]
            except OSError:
                continue
            out += kids
            todo += kids
    return out


def pss_kib(pid):
    total = 0
    for p in descendants(pid):
        try:
            for line in open(f"/proc/{p}/smaps_rollup"):
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def painted_on_cpu(pid):
    """Whether a WebKit process under `pid` was started with CPU painting."""
    wanted = ("=".join(CPU_PAINTING)).encode()
    for p in descendants(pid)[1:]:
        try:
            if wanted in open(f"/proc/{p}/environ", "rb").read().split(b"\0"):
                return True
        except OSError:
            pass
    return False


def dir_bytes(path, skip=None):
    total = 0
    for dirpath, _, files in os.walk(path):
        if skip and skip in dirpath:
            continue
        total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in files)
    return total


def main():
    runs = 10
    if "--runs" in sys.argv:
        runs = int(sys.argv[sys.argv.index("--runs") + 1])
    for name, path in APPS.items():
        if not os.path.exists(path):
            sys.exit(f"{name} is not built: {path} (run bench/startup without --no-build)")
    xvfb = start_xvfb()
    try:
        for name in RUNS:  # warm the page cache once, not measured
            run_once(name)
        MARKS.clear()
        times = {name: [] for name in RUNS}
        for _ in range(runs):
            for name in RUNS:
                times[name].append(run_once(name)[0])
        mem = {name: [] for name in RUNS}
        cpu = False
        for _ in range(3):
            for name in RUNS:
                _, proc = run_once(name, stay=True)
                time.sleep(3.0)
                mem[name].append(pss_kib(proc.pid))
                if name == "postvett":
                    cpu = painted_on_cpu(proc.pid)
                proc.terminate()
                proc.wait(timeout=30)
    finally:
        xvfb.terminate()
        for work in WORK:
            shutil.rmtree(work, ignore_errors=True)

    def med(xs):
        return statistics.median(xs)

    print(f"startup benchmark, {runs} runs each, alternating, under Xvfb ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores)")
    # The floor painted as Postvett was: the like-for-like reference.
    same = "floor-cpu" if cpu else "floor"
    print(f"  Postvett's WebKit process paints {'on the CPU' if cpu else 'through OpenGL'}; like for like is {same}")
    for name in RUNS:
        t = sorted(times[name])
        q1, _, q3 = statistics.quantiles(t, n=4) if len(t) > 1 else (t[0], t[0], t[0])
        print(f"  time-to-ready {name:9s} median {med(t):.3f} s  min {t[0]:.3f}  max {t[-1]:.3f}  IQR {q3 - q1:.3f}")
    print(f"  time-to-ready ratio postvett/floor: {med(times['postvett']) / med(times['floor']):.2f}")
    print(f"  time-to-ready ratio postvett/{same} (same painting): {med(times['postvett']) / med(times[same]):.2f}")
    for name in RUNS:
        marks = MARKS.get(name, [])
        if marks:
            names = sorted(n for n in marks[0] if n[0].isdigit())
            print(f"  page milestones {name}, ms after navigation start (median): " + ", ".join(f"{n} {med([m[n] for m in marks if n in m]):.0f}" for n in names))
    # Where the time goes, per phase (medians over the runs). The floor routes
    # nothing: its page is in once its script has run.
    print("  breakdown (median ms): process start -> navigation | navigation -> routed | routed -> second frame (ready) | IPC calls before ready")
    for name in RUNS:
        marks = MARKS.get(name, [])
        totals = [t * 1000 for t in times[name]]
        if len(marks) != len(totals):
            continue
        runs_marks = marks
        routed_key = "5-routed" if "5-routed" in runs_marks[0] else "2-modules-run"
        start_nav = med([t - m["7-second-frame"] for t, m in zip(totals, runs_marks)])
        nav_routed = med([m[routed_key] for m in runs_marks])
        routed_ready = med([m["7-second-frame"] - m[routed_key] for m in runs_marks])
        ipc = med([m.get("ipc-calls", 0) for m in runs_marks])
        print(f"    {name:9s} {start_nav:7.0f} | {nav_routed:7.0f} | {routed_ready:7.0f} | {ipc:.0f}")
    sizes = {n: os.path.getsize(p) for n, p in APPS.items()}
    for n, s in sizes.items():
        print(f"  binary {n:9s} {s / 1e6:.2f} MB")
    print(f"  binary ratio postvett/floor: {sizes['postvett'] / sizes['floor']:.2f}")
    debs = glob.glob(os.path.join(ROOT, "target/release/bundle/deb/*.deb"))
    if debs:
        print(f"  .deb {os.path.basename(debs[0])}: {os.path.getsize(debs[0]) / 1e6:.2f} MB")
    dist = os.path.join(ROOT, "ui/dist")
    print(f"  UI assets {dir_bytes(dist) / 1e3:.1f} KB (without fonts {dir_bytes(dist, skip='fonts') / 1e3:.1f} KB)")
    for name in RUNS:
        print(f"  idle PSS {name:9s} median {med(mem[name]) / 1024:.1f} MiB (app + WebKit processes)")
    print(f"  idle PSS ratio postvett/floor: {med(mem['postvett']) / med(mem['floor']):.2f}")
    print(f"  idle PSS ratio postvett/{same} (same painting): {med(mem['postvett']) / med(mem[same]):.2f}")


if __name__ == "__main__":
    main()
