#!/usr/bin/env bash
# Builds the fuzz corpora, fuzz/corpus/<target>/, from what the repository
# already holds: the real Parse Server responses in
# tests/fixtures/parse-server-responses.jsonl, the official list of codes in
# tests/fixtures/parse-codes.tsv, the macro's UI cases and the crate's own
# tables. The corpora are made, not committed; running this again adds the
# seeds back to a corpus the fuzzer has grown, and keeps what it found.
set -euo pipefail
cd "$(dirname "$0")"

python3 - <<'PY'
import csv, glob, hashlib, json, os

corpus = "corpus"
counts = {}

def seed(target, data):
    if isinstance(data, str):
        data = data.encode()
    directory = os.path.join(corpus, target)
    os.makedirs(directory, exist_ok=True)
    name = "seed-" + hashlib.sha1(data).hexdigest()
    with open(os.path.join(directory, name), "wb") as file:
        file.write(data)
    counts[target] = counts.get(target, 0) + 1

def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)

captures = [json.loads(line) for line in open("../tests/fixtures/parse-server-responses.jsonl")]
for capture in captures:
    body = capture["body"]
    status = capture["status"] or 0
    seed("from_response", status.to_bytes(2, "big") + body.encode())
    try:
        value = json.loads(body)
    except ValueError:
        value = None
    if capture["kind"] == "livequery":
        seed("live_query_error", body)
        continue
    seed("parse_error", body)
    if isinstance(value, list):
        seed("batch_item", body)
        for item in value:
            seed("batch_item", compact(item))
            if isinstance(item, dict) and isinstance(item.get("error"), dict):
                seed("parse_error", compact(item["error"]))
    elif isinstance(value, dict) and "code" in value:
        # The same error as a GraphQL response would carry it.
        error = {"message": value.get("error", ""), "extensions": {"code": value["code"]}}
        seed("graphql_error", compact(error))
        seed("graphql_error", compact({"data": None, "errors": [error]}))

# The shapes the crate documents, beyond what the server sent.
for body in [
    '{"code":1,"message":"Internal server error."}',
    '{"code":"9002","error":"thrown by Cloud Code"}',
    '{"code":600,"error":"Error deleting an object in destroyAll","errors":[{"code":101,"error":"Object not found."}]}',
    '{"error":"unauthorized"}',
    '{}',
]:
    seed("parse_error", body)
    seed("from_response", (400).to_bytes(2, "big") + body.encode())
seed("from_response", (413).to_bytes(2, "big") + b"request entity too large")
seed("from_response", (502).to_bytes(2, "big") + b"<html>\xff\xfe bad gateway</html>")
seed("batch_item", '[{"success":{"objectId":"a1"}},{"error":{"code":137,"error":"A duplicate value"}}]')
seed("live_query_error", '{"op":"error","error":"Invalid session token","code":209,"reconnect":false,"requestId":1,"clientId":"c1"}')
seed("graphql_error", '{"data":null,"errors":[{"message":"Object not found.","locations":[{"line":2,"column":3}],"path":["user"],"extensions":{"code":101}}]}')
seed("graphql_error", '{"errors":[{"message":"x","extensions":{"code":"209"}}]}')

with open("../tests/fixtures/parse-codes.tsv") as file:
    for row in csv.DictReader(file, delimiter="\t"):
        seed("names", row["name"])
        seed("names", row["name"].upper())
        if row["js_sdk_constant"]:
            seed("names", row["js_sdk_constant"])

for path in sorted(glob.glob("../tests/ui/*/*.rs") + glob.glob("../parse-errors/tables/*.rs")):
    with open(path, "rb") as file:
        seed("macro_pipeline", file.read())

for target, count in sorted(counts.items()):
    print(f"{target}: {count} seeds")
PY
