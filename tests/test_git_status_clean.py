"""Acceptance 6: building and testing leave no untracked or modified file behind."""

import shutil
import subprocess

import pytest

from conftest import ROOT


@pytest.mark.run_last
def test_git_status_is_clean_after_build_and_tests():
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    assert status == "", f"the build or the tests left files behind:\n{status}"
