#!/usr/bin/env python3
"""Prints the ```bash blocks of README.md's "Five-minute walkthrough" section, NUL-separated, exactly as written."""
import re
import sys

readme = open(sys.argv[1], encoding="utf-8").read()
section = readme.split("## Five-minute walkthrough", 1)[1].split("\n## ", 1)[0]
blocks = re.findall(r"```bash\n(.*?)```", section, re.S)
if len(blocks) < 2:
    sys.exit("README walkthrough: expected the signed-URL and onboarding blocks, found %d" % len(blocks))
sys.stdout.write("\0".join(blocks))
