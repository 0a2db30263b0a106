"""Acceptance 1: the build succeeded with zero warnings."""

from conftest import BUILD, plain_text


def test_index_exists(site):
    assert (site / "index.html").is_file()


def test_build_log_reports_success():
    log = plain_text((BUILD / "logs" / "html.log").read_text(encoding="utf-8"))
    assert "build succeeded" in log
    assert "WARNING" not in log and "ERROR" not in log, log


def test_warnings_file_is_empty():
    warnings = plain_text((BUILD / "logs" / "html-warnings.log").read_text(encoding="utf-8"))
    assert warnings.strip() == "", warnings
