#!/usr/bin/env python3
"""Test fixture for articled's plugin protocol: exits in the middle of a document containing 'CRASH'."""
import json
import sys

NAME = "crashing"


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
        if "CRASH" in raw:
            sys.exit(3)
        document["echo"] = {"characters": len(raw), "label": request["options"].get("label")}
        reply({"id": request["id"], "document": document})


main()
