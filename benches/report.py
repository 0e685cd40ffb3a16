#!/usr/bin/env python3
"""Prints the criterion results of `cargo bench --manifest-path benches/Cargo.toml`
as Markdown: the median per operation and its ratio to the group's reference.

Usage, from the repository root:  python3 benches/report.py
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent / "target" / "criterion"
STREAM = 4096  # lookups per iteration, as in src/lib.rs

# group -> (reference function, operations per iteration)
GROUPS = {
    "from_code_mixed": ("dense_array", STREAM),
    "from_code_repeated": ("dense_array", STREAM),
    "code": ("sum_of_the_codes", STREAM),
    "from_name": ("strum", STREAM),
    "from_name_loose": ("exact_from_name", STREAM),
    "name": ("hand_match", STREAM),
    "description": ("hand_match", STREAM),
    "category": ("hand_match", STREAM),
    "display_into_buffer": ("thiserror", STREAM),
    "to_string": ("thiserror", STREAM),
    "decode_body": ("serde_json_value", 1),
    "expansion": (None, 1),
    "export": ("copy_of_the_text", 1),
}


def median_ns(path):
    estimates = json.loads((path / "new" / "estimates.json").read_text())
    return estimates["median"]["point_estimate"]


def main():
    print("| group | function | median per operation | ratio to the reference |")
    print("|---|---|---|---|")
    for group, (reference, per_iteration) in GROUPS.items():
        directory = ROOT / group
        if not directory.is_dir():
            continue
        results = {
            function.name: median_ns(function) / per_iteration
            for function in sorted(directory.iterdir())
            if (function / "new" / "estimates.json").is_file()
        }
        base = results.get(reference)
        for function, value in sorted(results.items(), key=lambda item: item[1]):
            shown = f"{value / 1e6:.2f} ms" if value >= 1e6 else f"{value:.2f} ns"
            ratio = f"{value / base:.2f}x" if base else ""
            marker = " (reference)" if function == reference else ""
            print(f"| {group} | {function}{marker} | {shown} | {ratio} |")


main()
