#!/usr/bin/env python3
"""Builds notebooks/*.ipynb from their plain-text sources in notebooks/src/*.jnb.

A source is a sequence of cells, each opened by a marker line:
    %% md                     a Markdown cell
    %% code                   a Java code cell
    %% code expect=image/png  a code cell that must display a PNG (checked by tools/run-notebooks)
The .ipynb files are committed without outputs; edit the source, then run tools/nbsrc.py.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "notebooks" / "src"
OUT = ROOT / "notebooks"

METADATA = {
    "kernelspec": {"display_name": "Java (TFR Lab)", "language": "java", "name": "tfr-java"},
    "language_info": {"name": "java"},
}


def cells_of(text):
    cells, kind, meta, lines = [], None, {}, []

    def flush():
        if kind is None:
            return
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        src = "\n".join(lines)
        source = [l + "\n" for l in src.split("\n")]
        if source:
            source[-1] = source[-1][:-1]
        if kind == "md":
            cells.append({"cell_type": "markdown", "metadata": {}, "source": source})
        else:
            cells.append({"cell_type": "code", "execution_count": None, "metadata": meta,
                          "outputs": [], "source": source})

    for line in text.split("\n"):
        if line.startswith("%% "):
            flush()
            parts = line[3:].split()
            kind, meta, lines = parts[0], {}, []
            for p in parts[1:]:
                key, _, value = p.partition("=")
                if key == "expect":
                    meta = {"tfr": {"expect": value.split(",")}}
            continue
        lines.append(line)
    flush()
    return cells


def main(names):
    sources = [SRC / (n + ".jnb") for n in names] if names else sorted(SRC.glob("*.jnb"))
    for src in sources:
        nb = {"cells": cells_of(src.read_text(encoding="utf-8")), "metadata": METADATA,
              "nbformat": 4, "nbformat_minor": 5}
        for i, c in enumerate(nb["cells"]):
            c["id"] = f"{src.stem[:20]}-{i:02d}"
        out = OUT / (src.stem + ".ipynb")
        out.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {out.relative_to(ROOT)} ({len(nb['cells'])} cells)")


if __name__ == "__main__":
    main(sys.argv[1:])
