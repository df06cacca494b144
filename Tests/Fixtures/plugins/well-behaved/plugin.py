#!/usr/bin/env python3
"""Test fixture for articled's plugin protocol: answers every document, adding the key 'echo'; replies with an error to 'REFUSE'; logs a line on stderr for 'LOG'."""
import json
import sys

NAME = "well-behaved"


def reply(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def open_descriptors():
    """The file descriptors this process holds (the daemon must pass only 0, 1 and 2)."""
    import os
    # The listing opens a descriptor of its own, closed once it returns: keep those still open.
    return sorted(int(n) for n in os.listdir("/proc/self/fd") if os.path.exists("/proc/self/fd/" + n))


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
        document["echo"] = {"characters": len(raw), "label": request["options"].get("label"),
                            "descriptors": open_descriptors()}
        reply({"id": request["id"], "document": document})


main()
