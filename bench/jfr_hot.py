#!/usr/bin/env python3
"""Hot methods (inclusive) and wait sites in a JFR recording, optionally within a time window.

  jfr print --stack-depth 100 --events jdk.ExecutionSample rec.jfr > samples.txt
  python3 bench/jfr_hot.py samples.txt --threads webhook --from 16:21:59 --to 16:22:18
  jfr print --stack-depth 100 --events jdk.ThreadPark,jdk.SocketRead rec.jfr > waits.txt
  python3 bench/jfr_hot.py waits.txt --waits --threads webhook

Standard library only. Window times are the recording's UTC wall clock (HH:MM:SS).
"""
import argparse
import collections
import re

parser = argparse.ArgumentParser()
parser.add_argument("file")
parser.add_argument("--threads", default=".", help="regex on the thread name")
parser.add_argument("--match", default=".", help="regex on the method names to list")
parser.add_argument("--from", dest="start", default="00:00:00")
parser.add_argument("--to", dest="end", default="99:99:99")
parser.add_argument("--waits", action="store_true", help="sum durations by first project frame")
parser.add_argument("--top", type=int, default=40)
args = parser.parse_args()

events = re.split(r"\n(?=jdk\.\w+ \{)", open(args.file, encoding="utf-8").read())
inclusive = collections.Counter()
waited = collections.Counter()
count = 0
for event in events:
    time = re.search(r"startTime = (\d\d:\d\d:\d\d)", event)
    thread = re.search(r'(?:sampledThread|eventThread) = "([^"]+)"', event)
    if not time or not thread or not (args.start <= time.group(1) <= args.end):
        continue
    if not re.search(args.threads, thread.group(1)):
        continue
    frames = re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)
    count += 1
    if args.waits:
        duration = re.search(r"duration = ([\d.]+) (ms|s)", event)
        if not duration:
            continue
        ms = float(duration.group(1)) * (1000 if duration.group(2) == "s" else 1)
        ours = [f for f in frames if ".junction." in f]
        site = ours[0] if ours else "(idle or outside the project) " + (frames[-1] if frames else "?")
        waited[event.split()[0] + " " + site] += ms
    else:
        for frame in set(frames):
            inclusive[frame] += 1

print(f"{count} events")
if args.waits:
    for site, ms in waited.most_common(args.top):
        print(f"{ms:10.0f} ms  {site}")
else:
    shown = 0
    for frame, n in inclusive.most_common():
        if re.search(args.match, frame):
            print(f"{n:6d} {100 * n / max(count, 1):5.1f}%  {frame}")
            shown += 1
            if shown == args.top:
                break
