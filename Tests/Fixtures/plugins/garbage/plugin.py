#!/usr/bin/env python3
"""Test fixture for articled's plugin protocol: prints a line that is not JSON for a document containing 'GARBAGE'."""
import json
import sys

NAME = "garbage"


def reply(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main():
    hello = json.loads(sys.stdin.readline())
    assert hello["protocol"] == 1
    reply({"name": NAME, "version": "1.0", "protocol": 1})
    for line in sys.stdin:
        request = json.loads(line)
        document = request["document"]
        raw = document["raw"]
        if "GARBAGE" in raw:
            print("Traceback (most recent call last): oops", flush=True)
            continue
        document["echo"] = {"characters": len(raw), "label": request["options"].get("label")}
        reply({"id": request["id"], "document": document})


main()
