#!/usr/bin/env python3
"""Test fixture for articled's plugin protocol: answers documents, then ignores the end of its input and lingers."""
import json
import sys
import time


def reply(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main():
    json.loads(sys.stdin.readline())
    reply({"name": "stubborn", "version": "1.0", "protocol": 1})
    for line in sys.stdin:
        request = json.loads(line)
        document = request["document"]
        document["echo"] = True
        reply({"id": request["id"], "document": document})
    time.sleep(60)  # only an explicit kill ends it early


main()
