"""How every gallery example is run: a clean start, a time budget, its memory.

sphinx-gallery executes all examples in one Python process (or in a few
worker processes), one after the other. Without care, what one example
changes leaks into the next: matplotlib settings, scikit-learn's global
configuration, warning filters, environment variables. This module gives
sphinx-gallery two hooks, both referred to from ``conf.py``:

* ``reset_example_state`` (a ``reset_modules`` entry, called before and after
  every example) puts the process back into the state it was in before the
  first example ran, closes every figure, shows warnings as readable output
  lines and arms or disarms the example's time budget.

* ``ExampleRunner`` (an instance is sphinx-gallery's ``show_memory``) runs each
  code block of an example. It records the block's peak memory (resident set
  size, sampled in a thread; unlike memory_profiler this also works when
  examples run in parallel), turns ``sys.exit(n)`` with ``n != 0`` into an
  ordinary example failure instead of ending the build, and stops an example
  that runs past its time budget.

It is a module-level class instance and plain functions, so the configuration
stays picklable and worker processes can import it.
"""

import os
import signal
import sys
import threading
import time
import warnings

# wraps sphinx-gallery's execute_script; imported here so that worker
# processes, which import this module to run examples, have the wrapper too
import prose_edits  # noqa: F401

DEFAULT_TIME_BUDGET = 120.0  # seconds, for a whole example


class ExampleTimeout(Exception):
    """An example ran past its time budget."""


class ExampleExit(Exception):
    """An example called ``sys.exit`` with a failure status."""


class _Run:
    """What this process knows about the example running now."""

    budget = DEFAULT_TIME_BUDGET
    started = None
    inside_block = False
    expired = False


_BASELINE = {}


def _snapshot():
    import matplotlib
    import matplotlib.units
    import sklearn

    # matplotlib registers its unit converters (str, dates...) as these modules
    # are imported: import them before taking the registry as the baseline,
    # or a fresh worker process would drop them on its first reset
    import matplotlib.category  # noqa: F401
    import matplotlib.dates  # noqa: F401
    import matplotlib.pyplot  # noqa: F401

    return {
        "units": dict(matplotlib.units.registry),
        "sklearn": sklearn.get_config(),
        "filters": list(warnings.filters),
        "showwarning": warnings.showwarning,
        "formatwarning": warnings.formatwarning,
        "environ": dict(os.environ),
        "path": list(sys.path),
        "cwd": os.getcwd(),
    }


def format_warning(message, category, filename, lineno, line=None):
    """A warning as one marked line, set apart from what the example prints."""
    return f"\u26a0 {category.__name__}: {message} ({os.path.basename(filename)}, line {lineno})\n"


def _example_line(traceback):
    """Line number of the innermost frame of example code (module level) in a traceback."""
    line = None
    while traceback is not None:
        if traceback.tb_frame.f_code.co_name == "<module>":
            line = traceback.tb_lineno
        traceback = traceback.tb_next
    return line


def _restore():
    import matplotlib
    import matplotlib.pyplot as plt
    import matplotlib.units
    import sklearn

    base = _BASELINE
    plt.close("all")
    matplotlib.rcdefaults()  # the backend (agg) is kept
    matplotlib.units.registry.clear()
    matplotlib.units.registry.update(base["units"])
    sklearn.set_config(**base["sklearn"])
    warnings.filters[:] = base["filters"]
    warnings.showwarning = base["showwarning"]
    warnings.formatwarning = base["formatwarning"]
    # the Agg backend cannot show figures; sphinx-gallery captures them anyway
    warnings.filterwarnings("ignore", message=r".*(non-GUI backend|is non-interactive)")
    if dict(os.environ) != base["environ"]:
        os.environ.clear()
        os.environ.update(base["environ"])
    sys.path[:] = base["path"]
    os.chdir(base["cwd"])


def _on_alarm(signum, frame):
    _Run.expired = True
    if _Run.inside_block:
        _raise_timeout()


def _raise_timeout():
    raise ExampleTimeout(
        f"the example ran past its time budget of {_Run.budget:g} s and was stopped "
        "(set GALLERY_TIME_BUDGET to change the budget, or make the example faster)"
    )


def _can_use_signals():
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def reset_example_state(gallery_conf, fname, when):
    """sphinx-gallery ``reset_modules`` hook, run before and after every example."""
    if not _BASELINE:
        _BASELINE.update(_snapshot())
    runner = gallery_conf.get("show_memory")
    if isinstance(runner, ExampleRunner):
        _Run.budget = runner.time_budget
    if _can_use_signals():
        signal.setitimer(signal.ITIMER_REAL, 0)
    _Run.expired = False
    _Run.inside_block = False
    _Run.started = None
    _restore()
    if when == "before":
        # sphinx-gallery prints warnings into the example's output with this
        warnings.formatwarning = format_warning
        _Run.started = time.monotonic()
        if _can_use_signals() and _Run.budget > 0:
            signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, _Run.budget)


def _rss_mb():
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):  # not Linux: the process's peak so far
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class ExampleRunner:
    """sphinx-gallery's ``show_memory`` callable: runs one code block.

    Returns ``(peak resident memory in MiB during the block, block's result)``.
    """

    def __init__(self, time_budget=DEFAULT_TIME_BUDGET, interval=0.005):
        self.time_budget = float(time_budget)
        self.interval = interval

    def __repr__(self):
        return f"ExampleRunner(time_budget={self.time_budget:g})"

    def __call__(self, func):
        if _Run.expired:
            _raise_timeout()
        peak = [_rss_mb()]
        done = threading.Event()

        def sample():
            while not done.wait(self.interval):
                peak[0] = max(peak[0], _rss_mb())

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _Run.inside_block = True
        try:
            result = func()
        except SystemExit as exc:
            if exc.code in (None, 0):
                result = None
            else:
                line = _example_line(exc.__traceback__)
                raise ExampleExit(
                    f"the example called sys.exit({exc.code!r})"
                    + (f" at line {line}" if line else "")
                    + "; an example must not end the process (raise an exception instead)"
                ) from exc
        finally:
            _Run.inside_block = False
            done.set()
            sampler.join()
        peak[0] = max(peak[0], _rss_mb())
        return peak[0], result
