"""The Sphinx configuration stays picklable and `make clean` removes what the build writes."""

import pickle
import re
import runpy
import subprocess
import types

from conftest import ROOT


def test_configuration_values_are_picklable():
    namespace = runpy.run_path(str(ROOT / "conf.py"))
    for name, value in namespace.items():
        if name.startswith("_") or isinstance(value, types.ModuleType):
            continue
        pickle.dumps(value)  # raises for functions, lambdas, open files...


def test_make_clean_removes_every_generated_path_under_doc():
    gitignore = (ROOT / ".gitignore").read_text()
    section = gitignore.split("# written under doc/ by the build")[1].split("\n\n")[0]
    ignored = re.findall(r"^/(doc/\S+?)/?$", section, re.M)
    assert ignored
    commands = subprocess.run(
        ["make", "-n", "clean"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    removed = set(commands.split())
    for path in ignored:
        assert path in removed, f"make clean leaves {path} behind"
    assert "build" in removed
