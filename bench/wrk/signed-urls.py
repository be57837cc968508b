#!/usr/bin/env python3
"""Writes N freshly signed /v1/oauth/authorize URLs (unique nonces) for the demo merchant, one per line.

Usage: signed-urls.py DEMO_JSON COUNT > urls.txt
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
    now = str(int(time.time()))
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
