#!/usr/bin/env python3
"""Yardstick for VAL24: the per-round accounting of the evidence contract in plain Python.

For each complete round r, with S the seeded ids, DL its deadletter list at round end and R every id the peer
received: deadletter = |S & DL|, delivered = |S & R - DL|, loss = |S - (DL | R)|, compared with the round's own
figures. Global loss = seeded ids neither received nor in the last round's deadletter list; unknown and
duplicate receipts are counted. Writes a small JSON summary (the "report") to OUT_DIR/val24-yardstick.json.

usage: yardstick_val24.py SOAK_DIR [OUT_DIR]
"""
import json
import os
import sys


def main():
    soak = sys.argv[1]
    out = sys.argv[2] if len(sys.argv) > 2 else "."
    with open(os.path.join(soak, "soak.json")) as f:
        params = json.load(f)
    with open(os.path.join(soak, "peer-received.json")) as f:
        receipts = json.load(f)["received"]
    received = set()
    duplicates = 0
    for entry in receipts:
        if entry["id"] in received:
            duplicates += 1
        received.add(entry["id"])

    rounds_dir = os.path.join(soak, "rounds")
    r = 1
    totals = dict(rounds=0, seeded=0, delivered=0, deadletter=0, loss=0, retried=0, recovered=0)
    inconsistent = []
    all_seeded = set()
    last_dl = set()
    edged_bytes = 0
    while True:
        stem = os.path.join(rounds_dir, "r%06d" % r)
        try:
            with open(stem + ".json") as f:
                own = json.load(f)
            with open(stem + "-deadletter.json") as f:
                dl = {e["id"] for e in json.load(f)["entries"]}
            with open(stem + "-seeded.txt") as f:
                seeded = {line.strip() for line in f if line.strip()}
        except (FileNotFoundError, json.JSONDecodeError):
            break  # the newest round still being written (or the end): in progress, not loss
        if os.path.exists(stem + "-retry.json"):
            with open(stem + "-retry.json") as f:
                sweep = json.load(f)
            totals["retried"] += len(sweep["retried"])
            totals["recovered"] += sum(1 for i in sweep["recovered"] if i in received)
        if os.path.exists(stem + "-edged.log"):
            edged_bytes += os.path.getsize(stem + "-edged.log")
        deadletter = len(seeded & dl)
        delivered = len((seeded & received) - dl)
        loss = len(seeded - dl - received)  # |S - (DL | R)| without building DL | R each round
        if (own["delivered"], own["deadletter"], own["loss"]) != (delivered, deadletter, loss):
            inconsistent.append(r)
        totals["rounds"] += 1
        totals["seeded"] += len(seeded)
        totals["delivered"] += delivered
        totals["deadletter"] += deadletter
        totals["loss"] += loss
        all_seeded |= seeded
        last_dl = dl
        r += 1

    global_loss = len(all_seeded - received - last_dl)
    summary = dict(soak_id=params.get("soak_id"), **totals, global_loss=global_loss,
                   unknown_receipts=len(received - all_seeded), duplicate_receipts=duplicates,
                   inconsistent_rounds=inconsistent, edged_log_bytes=edged_bytes,
                   retry_recovery_rate=(totals["recovered"] / totals["retried"]) if totals["retried"] else None)
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "val24-yardstick.json"), "w") as f:
        json.dump(summary, f, indent=2)
    print("rounds %(rounds)d seeded %(seeded)d delivered %(delivered)d deadletter %(deadletter)d loss %(loss)d"
          " global_loss %(global_loss)d inconsistent %(n)d" % dict(summary, n=len(inconsistent)))
    return 1 if global_loss or inconsistent else 0


if __name__ == "__main__":
    sys.exit(main())
