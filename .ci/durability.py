#!/usr/bin/env python3
"""A 2xx means the write is on disk: the reference server on its embedded default database is killed with SIGKILL
while four clients register keys, then restarted. Every key that was answered 2xx must be there with its number; the
register must never hand a number out twice; the requests that died with the server are retried with their
Idempotency-Key and run at once (no 409 "still in progress" for minutes).

Usage: .ci/durability.py [wlp-dir] [server-name]. The server must be installed (mvn -Pserve -DskipTests install does)
and stopped; the script starts it, kills it, restarts it and stops it.
"""
import base64
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid

WLP = sys.argv[1] if len(sys.argv) > 1 else "reference-app/target/liberty/wlp"
SERVER = sys.argv[2] if len(sys.argv) > 2 else "steward"
API = "http://localhost:9080/api/"
WRITERS = 4
LOAD_SECONDS = 4


def call(method, path, body=None, user="gm", key=None, timeout=10):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(API + path, data=data, method=method)
    request.add_header("Authorization", "Basic " + base64.b64encode((user + ":steward").encode()).decode())
    request.add_header("Content-Type", "application/json")
    if key:
        request.add_header("Idempotency-Key", key)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def server(command):
    subprocess.run([os.path.join(WLP, "bin", "server"), command, SERVER], check=True, stdout=subprocess.DEVNULL)


def wait_ready():
    for _ in range(120):
        try:
            if call("GET", "estates")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(1)
    raise SystemExit("the server did not come up")


def server_pid():
    pid_file = os.path.join(WLP, "usr", "servers", ".pid", SERVER + ".pid")
    if os.path.exists(pid_file):
        with open(pid_file) as f:
            return int(f.read().strip())
    out = subprocess.run(["pgrep", "-f", "ws-server.jar " + SERVER], capture_output=True, text=True).stdout.split()
    if not out:
        raise SystemExit("no server JVM found")
    return int(out[0])


def main():
    server("start")
    wait_ready()
    code = "DUR" + uuid.uuid4().hex[:8]
    status, estate = call("POST", "estates", {"code": code, "name": "Durability", "fees": [
        {"code": "MGMT", "basis": "PER_SQUARE_METRE_MONTH", "rate": 250, "category": "MANAGEMENT"}]})
    assert status == 201, (status, estate)
    estate = estate["id"]
    for person, role in (("pm", "PROJECT_MANAGER"), ("keys", "KEY_MANAGER")):
        assert call("POST", "people/%s/roles" % person, {"role": role, "estate": estate})[0] == 200
    assert call("PUT", "key-registers/" + estate, {"keyManager": "keys"}, user="pm")[0] == 200

    acknowledged, unanswered, lock = [], [], threading.Lock()
    stop = threading.Event()

    def writer(n):
        i = 0
        while not stop.is_set():
            i += 1
            key = "dur-%d-%d-%s" % (n, i, uuid.uuid4().hex[:6])
            body = {"commonArea": "door %d-%d" % (n, i), "copies": 1, "reason": "DEVELOPER_HANDOVER"}
            try:
                status, answer = call("POST", "key-registers/%s/keys" % estate, body, user="keys", key=key, timeout=5)
            except OSError:
                with lock:
                    unanswered.append((key, body))
                time.sleep(0.05)
                continue
            if status == 201:
                with lock:
                    acknowledged.append((answer["id"], answer["number"]))

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for t in threads:
        t.start()
    time.sleep(LOAD_SECONDS)
    pid = server_pid()
    os.kill(pid, signal.SIGKILL)
    killed_with = len(acknowledged)
    time.sleep(1)
    stop.set()
    for t in threads:
        t.join()
    print("killed the server JVM (pid %d) after %d acknowledged writes; %d requests died with it"
          % (pid, killed_with, len(unanswered)))

    server("start")
    wait_ready()
    try:
        lost = [(k, n) for k, n in acknowledged if call("GET", "keys/" + k, user="keys")[0] != 200]
        numbers = [n for _, n in acknowledged]
        assert not lost, "acknowledged writes lost: %d of %d, e.g. %s" % (len(lost), len(acknowledged), lost[:3])
        assert len(set(numbers)) == len(numbers), "a number was handed out twice"
        status, fresh = call("POST", "key-registers/%s/keys" % estate,
                             {"commonArea": "after the crash", "copies": 1, "reason": "DEVELOPER_HANDOVER"}, user="keys")
        assert status == 201, (status, fresh)
        assert fresh["number"] > max(numbers, default=0), "number %d handed out again" % fresh["number"]
        blocked = []
        for key, body in unanswered:
            status, answer = call("POST", "key-registers/%s/keys" % estate, body, user="keys", key=key)
            if status != 201:
                blocked.append((key, status, answer))
        assert not blocked, "retries after the restart refused: %s" % blocked[:3]
        print("every one of the %d acknowledged writes survived; numbers stay unique; %d retries ran at once"
              % (len(acknowledged), len(unanswered)))
    finally:
        server("stop")


if __name__ == "__main__":
    main()
