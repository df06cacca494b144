#!/usr/bin/env python3
"""articled plugin: a lexicon-based sentiment score of the cleaned text.

The example of a plugin in another language (see Plugins/README.md): standard library only.
It reads one JSON request per line on stdin and writes one JSON reply per line on stdout.
The score is (positive - negative) / (positive + negative) over the words of lexicon.txt,
a word soon after a negator ("not", "never", ...) in the same clause counting for the
opposite side; 0 when none.
"""
import json
import os
import re
import sys

NAME = "sentiment"
VERSION = "1.0.0"
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[.!?;:,]")


def load_lexicon(path):
    """Reads `word<TAB>+1` / `word<TAB>-1` lines; `#` starts a comment."""
    lexicon = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if line:
                word, polarity = line.split()
                lexicon[word] = int(polarity)
    return lexicon


def score(text, lexicon, negators, window):
    """The sentiment figures of `text`."""
    positive = negative = 0
    since_negator = window + 1
    for word in WORD.findall(text.lower()):
        if len(word) == 1 and word in ".!?;:,":
            since_negator = window + 1  # a negation ends with its clause
            continue
        if word in negators or ("n't" in negators and word.endswith("n't")):
            since_negator = 0
            continue
        since_negator += 1
        polarity = lexicon.get(word, 0)
        if polarity and since_negator <= window:
            polarity = -polarity
        if polarity > 0:
            positive += 1
        elif polarity < 0:
            negative += 1
    total = positive + negative
    value = round((positive - negative) / total, 3) if total else 0.0
    return {"score": value, "positive": positive, "negative": negative}


def send(message):
    """Writes one reply line and flushes it: the daemon waits for the newline."""
    sys.stdout.write(json.dumps(message, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def main():
    lexicon = load_lexicon(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lexicon.txt"))
    hello = json.loads(sys.stdin.readline() or "{}")
    if hello.get("protocol") != 1:
        print(f"unsupported protocol {hello.get('protocol')!r}", file=sys.stderr, flush=True)
        return 1
    send({"name": NAME, "version": VERSION, "protocol": 1})
    for line in sys.stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            options = request.get("options", {})
            negators = set(options.get("negators", []))
            window = int(options.get("negation_window", 3))
            document = request["document"]
            document["sentiment"] = score(document["text"], lexicon, negators, window)
            send({"id": request["id"], "document": document})
        except Exception as error:  # one bad document must not stop the plugin
            send({"id": request.get("id"), "error": f"{type(error).__name__}: {error}"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
