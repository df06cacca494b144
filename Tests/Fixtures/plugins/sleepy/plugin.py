#!/usr/bin/env python3
"""Test fixture for articled's plugin protocol: sleeps far past any timeout (with a grandchild in its group) on 'SLOW'."""
import json
import sys

NAME = "sleepy"


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
        if "SLOW" in raw:
            import subprocess
            subprocess.Popen(["sleep", "60"])
            import time
            time.sleep(60)
        document["echo"] = {"characters": len(raw), "label": request["options"].get("label")}
        reply({"id": request["id"], "document": document})


main()
