#!/usr/bin/env python3
"""Writes N freshly signed /v1/oauth/authorize URLs (unique nonces) for the demo merchant, one per line.

Usage: signed-urls.py DEMO_JSON COUNT [TIMESTAMP_OFFSET_SECONDS] > urls.txt
The offset (default 0) dates the timestamps ahead, so a long run stays inside the gateway's ±5 minute window:
with 280 the URLs are accepted from 20 s before generation until 9 min 40 s after it.
Signed exactly as README "The native redirect API" says, so wrk measures real verification work.
"""
import hashlib
import json
import sys
import time
import urllib.parse
import uuid


def main():
    demo = json.load(open(sys.argv[1]))
    count = int(sys.argv[2])
    offset = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    now = str(int(time.time()) + offset)
    redirect = demo["redirectUri"]
    for _ in range(count):
        params = {
            "appId": demo["appId"],
            "mchNo": demo["mchNo"],
            "redirectUri": redirect,
            "scope": "base",
            "state": "bench",
            "timestamp": now,
            "nonce": uuid.uuid4().hex,
        }
        canonical = "&".join(f"{k}={params[k]}" for k in sorted(params))
        params["sign"] = hashlib.md5(f"{canonical}&key={demo['appKey']}".encode()).hexdigest().upper()
        print("/v1/oauth/authorize?" + urllib.parse.urlencode(params))


if __name__ == "__main__":
    main()
