#!/usr/bin/env python3
"""Writes N freshly signed JSON bodies for the demo merchant's payment-code lookups, one per line.

Usage: signed-bodies.py DEMO_JSON COUNT paycode|jucai AUTH_CODE > bodies.txt
  paycode: POST /v1/paycode/identity (README "The payment-code API"), a unique nonce per body.
  jucai:   POST /pay/api/1.0/auth2OpenId (docs/compat/000-jucai.md), a unique mchOrderNo per body.
Signed by the documented rule (sorted non-empty fields, k=v joined by &, &key=<app key>, MD5), so wrk
measures real verification work.
"""
import hashlib
import json
import sys
import time
import uuid


def sign(fields, key):
    canonical = "&".join(f"{k}={fields[k]}" for k in sorted(fields) if fields[k] != "")
    return hashlib.md5(f"{canonical}&key={key}".encode()).hexdigest().upper()


def paycode(demo, code, now):
    return {"appId": demo["appId"], "mchNo": demo["mchNo"], "authCode": code,
            "timestamp": now, "nonce": uuid.uuid4().hex}


def jucai(demo, code, now):
    return {"version": "1.0", "termId": "88888888", "mchNo": demo["mchNo"], "appId": demo["appId"],
            "mchOrderNo": "B" + uuid.uuid4().hex[:29], "wayCode": "WECHAT", "authCode": code,
            "clientIp": "127.0.0.1"}


def main():
    demo = json.load(open(sys.argv[1]))
    count, kind, code = int(sys.argv[2]), sys.argv[3], sys.argv[4]
    build = {"paycode": paycode, "jucai": jucai}[kind]
    now = str(int(time.time()))
    for _ in range(count):
        fields = build(demo, code, now)
        fields["sign"] = sign(fields, demo["appKey"])
        print(json.dumps(fields, separators=(",", ":")))


if __name__ == "__main__":
    main()
