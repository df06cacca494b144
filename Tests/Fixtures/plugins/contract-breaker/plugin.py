#!/usr/bin/env python3
"""Test fixture for articled's plugin protocol: removes 'title' on 'REMOVE' and makes 'authors' a string on 'RETYPE'."""
import json
import sys

NAME = "contract-breaker"


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
        if "REMOVE" in raw:
            del document["title"]
        if "RETYPE" in raw:
            document["authors"] = "Somebody"
        document["echo"] = {"characters": len(raw), "label": request["options"].get("label")}
        reply({"id": request["id"], "document": document})


main()
