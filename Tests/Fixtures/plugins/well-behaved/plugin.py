#!/usr/bin/env python3
"""Test fixture for articled's plugin protocol: answers every document, adding the key 'echo'; replies with an error to 'REFUSE'; logs a line on stderr for 'LOG'."""
import json
import sys

NAME = "well-behaved"


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
        if "REFUSE" in raw:
            reply({"id": request["id"], "error": "refused: the document asks for it"})
            continue
        if "LOG" in raw:
            print("seen " + document["source_file"], file=sys.stderr, flush=True)
        document["echo"] = {"characters": len(raw), "label": request["options"].get("label")}
        reply({"id": request["id"], "document": document})


main()
