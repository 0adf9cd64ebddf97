#!/usr/bin/env python3
"""Writes strerror.json: the C library's strerror() text of every errno value from 1 to 133 (the
range of Linux's asm-generic/errno-base.h and errno.h), through Python's os.strerror, which
calls it, in the C locale. Run it on a glibc system; the catalog is rebuilt from the JSON
(cargo run -p errcodes-xtask -- import errno_linux)."""

import json
import locale
import os
import pathlib

locale.setlocale(locale.LC_ALL, "C")
snapshot = {
    "libc": os.confstr("CS_GNU_LIBC_VERSION"),
    "strerror": {str(code): os.strerror(code) for code in range(1, 134)},
}
out = pathlib.Path(__file__).with_name("strerror.json")
out.write_text(json.dumps(snapshot, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
