#!/usr/bin/env python3
"""Writes http_status.json: every member of Python's http.HTTPStatus, in definition order, with
its value, name, phrase and description, as this Python has them. The catalog is rebuilt from
the JSON (cargo run -p errcodes-xtask -- import http_status), so that it comes from a file kept
in the repository rather than from whichever Python is installed."""

import http
import json
import pathlib
import platform

statuses = [
    {
        "value": status.value,
        "name": status.name,
        "phrase": status.phrase,
        "description": status.description,
    }
    for status in http.HTTPStatus
]
snapshot = {"python": platform.python_version(), "statuses": statuses}
out = pathlib.Path(__file__).with_name("http_status.json")
out.write_text(json.dumps(snapshot, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
