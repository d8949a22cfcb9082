"""Write kb/data/countries.toml: every ISO 3166-1 country's name in English and Chinese.

The names are the Unicode CLDR territory names as the ``babel`` package ships them (a
development tool here, not a dependency of policykb): English, simplified and traditional
Chinese, for each two-letter code (CLDR's regions, ``EZ``, ``UN``, ``QO`` and ``ZZ`` left
out; the European Union kept). The United Kingdom is written ``UK``, as the jurisdiction codes
of ``ingest/data/metric_terms.toml`` write it. Other common names and the guards against a
name inside another word are kept by hand in the file's ``[alias]`` and ``[guard]`` tables,
which this script copies from the old file.

Usage:
    python benchmarks/write_countries.py
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from babel import Locale

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kb" / "data" / "countries.toml"
SKIP = {"EZ", "UN", "QO", "ZZ"}
RENAME = {"GB": "UK"}

HEAD = """# Every country's name in English and Chinese (simplified and traditional): who else a
# figure may belong to (kb.track_holders.figure_of_other). [name] is written by
# benchmarks/write_countries.py from the Unicode CLDR territory names of the ISO 3166-1
# codes (babel {version}); [alias] adds other common names and [guard] the contexts in
# which a name is part of another word or place ("沿海地区" is no 海地, "内蒙古" no 蒙古,
# "New Mexico" no Mexico). Codes are ISO 3166-1 alpha-2, but the United Kingdom is UK.
"""


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)  # a TOML basic string


def main() -> None:
    import babel

    old = tomllib.loads(OUT.read_text("utf-8")) if OUT.exists() else {}
    en, hans, hant = Locale("en"), Locale("zh"), Locale.parse("zh_Hant")
    lines = [HEAD.format(version=babel.__version__), "[name]"]
    for code in sorted(c for c in en.territories if len(c) == 2 and c.isalpha()):
        if code in SKIP:
            continue
        names = [en.territories[code], hans.territories.get(code), hant.territories.get(code)]
        unique = list(dict.fromkeys(n for n in names if n))
        lines.append(f"{RENAME.get(code, code)} = [{', '.join(_q(n) for n in unique)}]")
    for table in ("alias", "guard"):
        lines += ["", f"[{table}]"]
        for key, value in old.get(table, {}).items():
            if isinstance(value, list):
                lines.append(f"{_q(key)} = [{', '.join(_q(v) for v in value)}]")
            else:
                lines.append(f"{_q(key)} = '{value}'")
    OUT.write_text("\n".join(lines) + "\n", "utf-8")


if __name__ == "__main__":
    main()
