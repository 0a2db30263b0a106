"""Where the site's build time goes: ``make bench``.

Builds scratch copies of the site (sources only, never this checkout's
build) in several situations and reports, for each, the median over
``--runs`` runs of: wall time, the summed run time of the examples executed,
the peak memory of the whole build (Sphinx and its example workers), and
each example's own time and peak memory. Then the limit estimate:

    limit = fixed Sphinx cost + max(sum of example times / workers, slowest example)

where the fixed cost is what the cold 1-worker build spends outside the
examples (its wall time minus its example times) and the example times are
those of that uncontended build; and the ratio of the measured cold build to
the limit. Also the size of the built
site and the bytes a browser transfers on a first view of the MNIST weights
page.

The report is printed and written to build/bench/report.md (and .json).
"""

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from conftest import scratch_project, sphinx_command  # noqa: E402  (copies sources, not build products)

OUT = ROOT / "build" / "bench"
PROSE_EXAMPLE = "examples/training/plot_early_stopping.py"
CODE_EXAMPLE = "examples/capacity/plot_mlp_regression_activation.py"
MNIST_PAGE = "auto_examples/neural_networks/plot_mnist_filters.html"
# logged by doc/sphinxext/prose_edits.py at the end of every build
REPORT = re.compile(r"examples executed: (\d+); reused outputs \(only prose changed\): (\d+)")


def build(project, *options, workers=1):
    """Run sphinx-build like the Makefile does; return its measurements."""
    env = {**os.environ, "GALLERY_WORKERS": str(workers)}
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(var, "1")
    cmd = sphinx_command(*options)
    started = time.time()
    proc = psutil.Popen(cmd, cwd=project, env=env, stdout=subprocess.PIPE,
                        stderr=subprocess.STDOUT, text=True)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.wait(0.1):
            try:
                procs = [proc, *proc.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in procs if p.is_running()))
            except psutil.Error:
                pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    log, _ = proc.communicate()
    wall = time.time() - started
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"build failed in {project}:\n{log[-4000:]}")
    match = REPORT.search(log)
    times = example_costs(project)
    ran = executed_examples(project, started)
    return {
        "wall": wall,
        "peak_mb": peak[0] / 2**20,
        "executed_report": int(match.group(1)) if match else 0,
        "reused_report": int(match.group(2)) if match else 0,
        "examples": {name: times[name] for name in ran if name in times},
    }


def example_costs(project):
    """{example: (seconds, MiB)} from sphinx-gallery's computation-times page source."""
    text = (project / "doc" / "sg_execution_times.rst").read_text() if (
        project / "doc" / "sg_execution_times.rst").is_file() else ""
    rows = re.findall(r"\(``\.\./(examples/\S+?\.py)``\)\n\s+- (\d+):(\d+\.\d+)\n\s+- ([\d.]+)", text)
    return {name: (int(m) * 60 + float(s), float(mb)) for name, m, s, mb in rows}


def executed_examples(project, since):
    """Examples this build ran: their checksum is new and they reused no outputs."""
    gallery = project / "doc" / "auto_examples"
    ran = []
    for md5 in gallery.rglob("*.py.md5"):
        reused = md5.with_suffix(".reused")
        if md5.stat().st_mtime >= since and not (reused.is_file() and reused.stat().st_mtime >= since):
            ran.append("examples/" + str(md5.relative_to(gallery)).removesuffix(".md5"))
    return sorted(ran)


def edit_prose(path, n):
    text = path.read_text()
    path.write_text(text.replace(
        '\n"""\n', f"\nThis sentence was added by the benchmark (edit {n}).\n\"\"\"\n", 1))


def edit_code(path, n):
    path.write_text(path.read_text() + f"\nprint('benchmark edit {n}')\n")


def summarize(runs):
    examples = {}
    for run in runs:
        for name, (t, mb) in run["examples"].items():
            examples.setdefault(name, []).append((t, mb))
    return {
        "wall": statistics.median(r["wall"] for r in runs),
        "peak_mb": statistics.median(r["peak_mb"] for r in runs),
        "executed_report": statistics.median(r["executed_report"] for r in runs),
        "reused_report": statistics.median(r["reused_report"] for r in runs),
        "executed": len(runs[0]["examples"]),
        "example_sum": statistics.median(sum(t for t, _ in r["examples"].values()) for r in runs),
        "examples": {name: (statistics.median(t for t, _ in v), statistics.median(m for _, m in v))
                     for name, v in examples.items()},
        "runs": [round(r["wall"], 1) for r in runs],
    }


def first_view_bytes(html):
    """Bytes Chromium transfers for a first view of the MNIST page (None without Chromium)."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium).exists():
        return None
    import functools
    import http.server

    from playwright.sync_api import sync_playwright

    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(html))
    handler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    total = 0
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"])
            page = browser.new_page()
            sizes = []
            page.on("requestfinished", lambda r: sizes.append(r.sizes()["responseBodySize"]
                                                             + r.sizes()["responseHeadersSize"]))
            page.goto(f"http://127.0.0.1:{server.server_port}/{MNIST_PAGE}", wait_until="networkidle")
            total = sum(sizes)
            browser.close()
    finally:
        server.shutdown()
    return total


def du(path):
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def machine():
    return {
        "cpu": next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                     if l.startswith("model name")), platform.processor()),
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "os": platform.platform(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-", dir=OUT))
    results = {}

    def fresh(name):
        dest = work / name
        shutil.rmtree(dest, ignore_errors=True)
        return scratch_project(dest)

    for workers in (1, 2):
        runs = []
        for i in range(args.runs):
            project = fresh(f"cold{workers}")
            runs.append(build(project, workers=workers))
            print(f"cold build, {workers} worker(s), run {i + 1}: {runs[-1]['wall']:.1f} s", flush=True)
        results[f"cold, {workers} worker{'s' if workers > 1 else ''}"] = summarize(runs)
    project = work / "cold2"  # built: the incremental situations start from it
    site_bytes = du(project / "build" / "html")
    lite_bytes = du(project / "build" / "html" / "lite")
    transfer = first_view_bytes(project / "build" / "html")

    for label, edit, target in (
        ("no-change rebuild", None, None),
        ("prose edit of one example", edit_prose, PROSE_EXAMPLE),
        ("code edit of one example", edit_code, CODE_EXAMPLE),
    ):
        runs = []
        for i in range(args.runs):
            if edit:
                edit(project / target, i)
            runs.append(build(project, workers=2))
            print(f"{label}, run {i + 1}: {runs[-1]['wall']:.1f} s", flush=True)
        results[label] = summarize(runs)

    runs = []
    for i in range(args.runs):
        runs.append(build(fresh("noplot"), "-D", "plot_gallery=0"))
        print(f"html-noplot, run {i + 1}: {runs[-1]['wall']:.1f} s", flush=True)
    results["html-noplot (cold)"] = summarize(runs)

    # fixed cost: everything a cold build does besides running examples (reading,
    # writing, thumbnails, notebooks, JupyterLite), measured on the 1-worker
    # build; example times are the uncontended ones of that build
    serial = results["cold, 1 worker"]
    times = [t for t, _ in serial["examples"].values()]
    fixed = serial["wall"] - sum(times)
    limits = {}
    for workers in (1, 2):
        cold = results[f"cold, {workers} worker{'s' if workers > 1 else ''}"]
        limit = fixed + max(sum(times) / workers, max(times))
        limits[workers] = {"fixed": fixed, "limit": limit, "measured": cold["wall"],
                           "ratio": cold["wall"] / limit}

    report = render(results, limits, site_bytes, lite_bytes, transfer)
    (OUT / "report.md").write_text(report)
    (OUT / "report.json").write_text(json.dumps(
        {"machine": machine(), "results": results, "limits": limits, "site_bytes": site_bytes,
         "lite_bytes": lite_bytes, "first_view_bytes": transfer}, indent=1))
    print(report)
    shutil.rmtree(work, ignore_errors=True)


def render(results, limits, site_bytes, lite_bytes, transfer):
    m = machine()
    lines = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}, {m['os']}",
        "",
        "| situation | wall (median) | runs | examples executed / reused (build's report) | sum of times of executed examples | peak memory |",
        "| --- | ---: | --- | ---: | ---: | ---: |",
    ]
    for label, r in results.items():
        lines.append(
            f"| {label} | {r['wall']:.1f} s | {', '.join(map(str, r['runs']))} | "
            f"{r['executed_report']:g} / {r['reused_report']:g} | {r['example_sum']:.1f} s | {r['peak_mb']:.0f} MiB |"
        )
    fixed = limits[1]["fixed"]
    lines += ["", "Limit estimate: fixed cost + max(sum of example times / workers, slowest example), "
              f"with fixed cost = 1-worker cold build - its example times = {fixed:.1f} s.", "",
              "| workers | limit estimate | measured cold build | ratio |", "| ---: | ---: | ---: | ---: |"]
    for workers, l in limits.items():
        lines.append(f"| {workers} | {l['limit']:.1f} s | {l['measured']:.1f} s | {l['ratio']:.2f} |")
    lines += ["", "Examples in a cold build (median time and peak memory growth):", "",
              "| example | 1 worker | 2 workers |", "| --- | ---: | ---: |"]
    one, two = results["cold, 1 worker"]["examples"], results["cold, 2 workers"]["examples"]
    for name in sorted(one, key=lambda n: -one[n][0]):
        a, b = one[name], two.get(name, (float("nan"), float("nan")))
        lines.append(f"| {name} | {a[0]:.1f} s, {a[1]:.0f} MiB | {b[0]:.1f} s, {b[1]:.0f} MiB |")
    lines += ["", f"Size of build/html: {site_bytes / 2**20:.1f} MiB (of which lite/: {lite_bytes / 2**20:.1f} MiB).",
              f"First view of {MNIST_PAGE}: "
              + (f"{transfer / 2**10:.0f} KiB transferred." if transfer is not None else "not measured (no Chromium).")]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
