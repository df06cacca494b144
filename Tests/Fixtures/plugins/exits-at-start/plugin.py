#!/usr/bin/env python3
"""Test fixture for articled's plugin protocol: exits before the handshake."""
import sys

print("cannot start: missing model file", file=sys.stderr, flush=True)
sys.exit(1)
