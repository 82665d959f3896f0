#!/usr/bin/env python3
"""Checks `claims seeds -c 'export analysis -'` against docs/claims.analysis.schema.json and that
every span slices its file to the exported text. Run by `make test` (skips the schema part when
the jsonschema module is not installed)."""
import json, os, subprocess, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "debug", "claims")
out = subprocess.run([binary, "seeds", "-c", "export analysis -"], cwd=root, capture_output=True, check=True)
data = json.loads(out.stdout)
schema = json.load(open(os.path.join(root, "docs", "claims.analysis.schema.json")))
try:
    import jsonschema
    jsonschema.validate(data, schema)
    checked = "schema valid"
except ImportError:
    checked = "schema not checked (no jsonschema module)"
files = {d["id"]: open(os.path.join(root, "seeds", d["file"]), "rb").read() for d in data["documents"]}
n = 0
for key in ("claims", "quotes", "times", "quantities"):
    for item in data[key]:
        s, e = item["span"]
        got = files[item["document"]][s:e].decode("utf-8")
        if got != item["text"]:
            sys.exit(f"{key} {item['id']}: span {s}-{e} gives {got!r}, text is {item['text']!r}")
        n += 1
print(f"export check: {checked}; {n} spans slice to their text")
