#!/usr/bin/env python3
"""Run a tech-diplomacy-graph report from reports/ with the official Neo4j Python driver.

    python3 examples/python/run_report.py pledges-by-investor
    python3 examples/python/run_report.py companies-near-official --param person=person:liz-kendall --param hops=5

It reads reports/<name>.cypher, takes the parameters and their defaults from the file's header
(`// param: name: type = default -- description`), runs the Cypher in a read transaction and prints
the rows, tab-separated, under a header line. Connection settings come from the environment, with
the local database's defaults: NEO4J_URI (bolt://127.0.0.1:$NEO4J_BOLT_PORT, port 7687 by default),
NEO4J_USERNAME (neo4j), NEO4J_PASSWORD (for the local database: the password its first start
generated, read from .neo4j/instances/$TDG_NEO4J_INSTANCE/password, as `npx tdg neo4j password`
prints it), NEO4J_DATABASE (the server's default).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from neo4j import GraphDatabase
from neo4j.time import Date

PROJECT_ROOT = Path(__file__).resolve().parents[2]
REPORTS_DIR = PROJECT_ROOT / "reports"
PARAM_LINE = re.compile(r"^(\w+)\s*:\s*(string\[\]|string|integer|float|boolean|date)\s*(?:=\s*(.*))?$")


def read_report(path: Path) -> tuple[str, dict[str, tuple[str, str | None]]]:
    """Split a report file into its Cypher (after the `//` header) and its declared params."""
    lines = path.read_text(encoding="utf-8").splitlines()
    params: dict[str, tuple[str, str | None]] = {}
    body_start = len(lines)
    for index, line in enumerate(lines):
        if not line.strip().startswith("//"):
            body_start = index
            break
        text = line.strip()[2:].strip()
        if text.startswith("param:"):
            spec = re.split(r"\s--(?:\s|$)", text[len("param:"):].strip(), maxsplit=1)[0].strip()
            match = PARAM_LINE.match(spec)
            if not match:
                raise SystemExit(f"{path}: malformed param line: {text}")
            params[match.group(1)] = (match.group(2), match.group(3))
    query = "\n".join(lines[body_start:]).strip().rstrip(";")
    return query, params


def convert(name: str, kind: str, text: str) -> Any:
    """Convert a header default or a --param value to the Python value the driver sends."""
    text = text.strip()
    if text == "null":
        return None
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    try:
        if kind == "integer":
            return int(text)
        if kind == "float":
            return float(text)
        if kind == "boolean":
            if text.lower() not in ("true", "false"):
                raise ValueError(text)
            return text.lower() == "true"
        if kind == "date":
            day = datetime.date.fromisoformat(text)
            return Date(day.year, day.month, day.day)
        if kind == "string[]":
            if text.startswith("["):
                return [str(item) for item in json.loads(text)]
            return [item.strip() for item in text.split(",") if item.strip()]
    except ValueError as error:
        raise SystemExit(f'parameter "{name}": expected {kind}, got "{text}"') from error
    return text


def resolve_params(declared: dict[str, tuple[str, str | None]], given: list[str]) -> dict[str, Any]:
    """Header defaults, overridden by --param key=value; unknown or missing parameters are errors."""
    supplied = {}
    for assignment in given:
        key, sep, value = assignment.partition("=")
        if not sep:
            raise SystemExit(f'parameter "{assignment}": expected key=value')
        if key not in declared:
            raise SystemExit(f'unknown parameter "{key}" (accepted: {", ".join(declared) or "none"})')
        supplied[key] = value
    params = {}
    for name, (kind, default) in declared.items():
        text = supplied.get(name, default)
        if text is None:
            raise SystemExit(f'missing parameter "{name}" ({kind})')
        params[name] = convert(name, kind, text)
    return params


def cell(value: Any) -> str:
    """A value as text: dates in ISO form, lists joined with '; ', nodes as their properties."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(cell(item) for item in value)
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "items"):
        return json.dumps(dict(value.items()), default=str, ensure_ascii=False, sort_keys=True)
    return str(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", help="a report name (file in reports/ without .cypher) or a path")
    parser.add_argument("--param", action="append", default=[], help="key=value (repeatable)")
    parser.add_argument("--reports-dir", default=os.environ.get("TDG_REPORTS_DIR", str(REPORTS_DIR)))
    args = parser.parse_args()

    path = Path(args.report) if args.report.endswith(".cypher") else Path(args.reports_dir) / f"{args.report}.cypher"
    if not path.is_file():
        raise SystemExit(f"no report file {path}")
    query, declared = read_report(path)
    params = resolve_params(declared, args.param)

    uri, password = connection_settings()
    auth = (os.environ.get("NEO4J_USERNAME") or "neo4j", password)
    database = os.environ.get("NEO4J_DATABASE") or None
    # Warnings about labels or types absent from the data are noise for a report: keep them quiet.
    with GraphDatabase.driver(uri, auth=auth, notifications_min_severity="OFF") as driver:
        with driver.session(database=database) as session:
            # A read transaction: the server refuses any write in it.
            keys, rows = session.execute_read(lambda tx: _collect(tx, query, params))
    print("\t".join(keys))
    for row in rows:
        print("\t".join(cell(value) for value in row))
    print(f"({len(rows)} rows)", file=sys.stderr)
    return 0


def connection_settings() -> tuple[str, str]:
    """NEO4J_URI and NEO4J_PASSWORD, or the local Neo4j's address and stored password (as tdg finds them)."""
    uri = os.environ.get("NEO4J_URI", "").strip()
    password = os.environ.get("NEO4J_PASSWORD", "").strip()
    if uri:
        if not password:
            raise SystemExit("NEO4J_PASSWORD is not set: the Neo4j at NEO4J_URI needs one")
        return uri, password
    uri = f"bolt://127.0.0.1:{os.environ.get('NEO4J_BOLT_PORT', '').strip() or '7687'}"
    if password:
        return uri, password
    home = Path(os.environ.get("TDG_HOME", "").strip() or ".neo4j")
    instance = os.environ.get("TDG_NEO4J_INSTANCE", "").strip() or "dev"
    password_file = (PROJECT_ROOT / home) / "instances" / instance / "password"
    if not password_file.is_file():
        raise SystemExit(
            f"no password for the local Neo4j: {password_file} does not exist "
            "(start it once with `npx tdg neo4j start`, or set NEO4J_PASSWORD)"
        )
    return uri, password_file.read_text(encoding="utf-8").strip()


def _collect(tx: Any, query: str, params: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
    result = tx.run(query, params)
    keys = list(result.keys())
    return keys, [list(record.values()) for record in result]


if __name__ == "__main__":
    sys.exit(main())
