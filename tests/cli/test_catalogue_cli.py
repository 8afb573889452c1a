"""frameworks, templates, coverage and check-identifiers from the command line."""

from __future__ import annotations

import json

from tests.cli.test_cli import cli  # noqa: F401 - the fixture


def test_frameworks_and_templates(cli) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    code, out, _ = cli("frameworks")
    assert code == 0
    for key in ("kss-pl:1", "kss-pl:6", "kss-ps:8", "pcf:9", "swe:6", "scw:7", "kss-cfp:10"):
        assert key in out
    assert "kss-pl  Knowledge and skills statement for practice leaders\n" in out
    assert "Post-qualifying standard: knowledge and skills statement for practice" not in out
    # the new frameworks, and both versions of the Welsh code with the dates they apply
    assert "ecs  Child and family social worker early career standards" in out
    assert "in force from 1 April 2027" in out
    assert "kss-ps-adults  Adult social work post-qualifying standards" in out
    assert "Code of Professional Practice for Social Care Workers" in out
    assert "earlier version, kept for reflections tagged to it" in out
    assert "replaces version 2017" in out
    assert "checked 2 December 2026" in out
    frameworks = json.loads(cli("frameworks", "--json")[1])
    assert [f["id"] for f in frameworks][:5] == [
        "kss-pl",
        "kss-ps",
        "kss-cfp",
        "ecs",
        "kss-ps-adults",
    ]
    assert [f["version"] for f in frameworks if f["id"] == "scw"] == ["2017", "2026"]
    templates = {t["id"] for t in json.loads(cli("templates", "--json")[1])}
    assert {
        "gibbs",
        "kolb",
        "driscoll",
        "morrison-4x4x4",
        "schon",
        "swe-cpd",
        "free-form",
    } <= templates


def test_coverage_reports_gaps_and_cpd(cli) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    cli("init")
    cli("add", "--title", "Audit", "--date", "2026-05-01", "--tag", "kss-pl:6", stdin="QA.")
    code, out, _ = cli("coverage", "--from", "2026-04-01", "--to", "2027-03-31")
    assert code == 0
    assert "No evidence yet for 5 of 6 domains" in out
    assert "CPD record" in out
    data = json.loads(cli("coverage", "--from", "2026-04-01", "--to", "2027-03-31", "--json")[1])
    counts = {d["code"]: d["entry_count"] for d in data["coverage"]["domains"]}
    assert counts["6"] == 1 and counts["1"] == 0


def test_check_identifiers_exit_codes(cli) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    cli("init")
    clean = cli("add", "--title", "Learning", stdin="We reflected on risk and curiosity.")[1]
    risky = cli(
        "add", "--title", "Visit", stdin="Jayden's mum said the school was worried. CF10 3AT."
    )[1]
    assert cli("check-identifiers", clean.strip())[0] == 0
    code, out, _ = cli("check-identifiers", "--all")
    assert code == 11
    assert risky.strip() in out and clean.strip() not in out
    assert "Child A" in out and "[postcode]" in out
    found = json.loads(cli("check-identifiers", "--all", "--json")[1])
    assert len(found) == 1
    assert cli("check-identifiers")[0] == 2


def test_import_framework_then_tag_against_it(cli, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    council = {
        "schema": 1,
        "id": "council-pl",
        "title": "Example Council practice leader competencies",
        "short_title": "Council competencies",
        "publisher": "Example Council",
        "year": 2026,
        "version": "2026",
        "source": "Internal appraisal framework (fictional)",
        "domains": [
            {
                "code": "A",
                "title": "Leading learning",
                "summary": "Creating time and space for practitioners to learn.",
                "prompts": ["What did your team learn this month?", "What got in the way?"],
                "keywords": ["learning", "training"],
            }
        ],
    }
    path = tmp_path / "council.json"
    path.write_text(json.dumps(council), encoding="utf-8")
    cli("init")
    code, out, _ = cli("import-framework", str(path))
    assert code == 0 and "council-pl" in out
    assert "council-pl:A" in cli("frameworks")[1]
    code, _, _ = cli("add", "--title", "Learning", "--tag", "council-pl:A", stdin="text")
    assert code == 0
    assert "council-pl:A" in cli("list")[1]
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema": 1, "id": "x"', encoding="utf-8")
    code, _, err = cli("import-framework", str(broken))
    assert code == 2 and "broken.json" in err and "Traceback" not in err
    builtin = tmp_path / "kss.json"
    builtin.write_text(json.dumps({**council, "id": "kss-pl"}), encoding="utf-8")
    assert cli("import-framework", str(builtin))[0] == 2
