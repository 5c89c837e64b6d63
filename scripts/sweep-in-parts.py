#!/usr/bin/env python3
"""Runs a sweep spec one scenario at a time, so a grid too long for one sitting runs in quiet windows.

Each scenario's tasks keep the seeds they have in the whole sweep (a task's seed comes from the
spec's seed, the council and the scenario's name: TaskSeeds.block), so the parts' results.csv,
put together, are the whole sweep's. A part whose results are already in OUT is skipped: rerun the
same command to go on. Every part's wall time, CPU time, peak memory and load average are appended
to OUT/parts.tsv with the sweep jar's SHA-256 (every part must come from the same jar); when every
part is done the results are merged into OUT/results.csv and the totals printed.

Usage (from the project folder, after mvn -B -q -o -pl sweep -am package -DskipTests):
    scripts/sweep-in-parts.py docs/examples/sweep-national-market.yaml OUT [--master 'local[2]'] [--only a,b]
To go on in a later session with the same code, copy sweep/target/sufficiency-sweep.jar and
sweep/target/lib/ to a folder of their own and pass --jar FOLDER/sufficiency-sweep.jar.
"""
import argparse
import datetime
import hashlib
import os
import re
import subprocess
import sys

JAR = "sweep/target/sufficiency-sweep.jar"  # --jar: the same jar with its lib/ folder beside it


def split(spec_text):
    """The spec's text before its scenarios (kept in every part) and each scenario's own lines."""
    head, sep, tail = spec_text.partition("\nscenarios:\n")
    if not sep:
        sys.exit("the spec has no 'scenarios:' list")
    items = re.split(r"(?m)^(?=  - name: )", tail)
    scenarios = []
    for item in items:
        match = re.match(r"  - name: *(\S+)", item)
        if match:
            scenarios.append((match.group(1), item))
        elif item.strip() and not item.lstrip().startswith("#"):
            sys.exit("cannot read the scenarios list (each item must start '  - name: NAME'): " + item[:60])
    return head + sep, scenarios


def measured(stderr):
    """Wall seconds, user + system CPU seconds and peak RSS (MiB) from /usr/bin/time -v."""
    def field(name):
        match = re.search(r"^\s*" + re.escape(name) + r": (.+)$", stderr, re.M)
        return match.group(1).strip() if match else None
    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
    return seconds, cpu, int(field("Maximum resident set size (kbytes)")) / 1024


def code_sha(jar):
    """One SHA-256 over the sweep jar and the project's jars it runs (lib/sufficiency-*.jar beside it)."""
    digest = hashlib.sha256()
    lib = os.path.join(os.path.dirname(jar), "lib")
    ours = sorted(f for f in os.listdir(lib) if f.startswith("sufficiency-")) if os.path.isdir(lib) else []
    for path in [jar] + [os.path.join(lib, f) for f in ours]:
        with open(path, "rb") as jar:
            digest.update(jar.read())
    return digest.hexdigest()[:16]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec")
    parser.add_argument("out")
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--jar", default=JAR)
    parser.add_argument("--only", help="comma-separated scenario names (default: every one not yet done)")
    args = parser.parse_args()
    head, scenarios = split(open(args.spec, encoding="utf-8").read())
    wanted = set(args.only.split(",")) if args.only else None
    jar_sha = code_sha(args.jar)
    os.makedirs(os.path.join(args.out, "specs"), exist_ok=True)
    log = os.path.join(args.out, "parts.tsv")
    if not os.path.exists(log):
        with open(log, "w", encoding="utf-8") as out:
            out.write("scenario\tstarted_utc\tload_start\tload_end\tmaster\twall_s\tcpu_s\tpeak_rss_mib\tjar_sha256\n")
    for name, item in scenarios:
        part = os.path.join(args.out, "part-" + name)
        if (wanted and name not in wanted) or os.path.exists(os.path.join(part, "results.csv")):
            continue
        spec = os.path.join(args.out, "specs", name + ".yaml")
        with open(spec, "w", encoding="utf-8") as out:
            out.write(head + item)
        started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
        load_start = os.getloadavg()[0]
        print(f"{started} UTC  {name} ...", flush=True)
        run = subprocess.run(["/usr/bin/time", "-v", "nice", "-n", "10", "java", "-jar", args.jar, spec,
                              "--master", args.master, "--out", part], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"part {name} failed ({run.returncode}):\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")
        wall, cpu, rss = measured(run.stderr)
        with open(log, "a", encoding="utf-8") as out:
            out.write(f"{name}\t{started}\t{load_start:.1f}\t{os.getloadavg()[0]:.1f}\t{args.master}\t{wall:.1f}"
                      f"\t{cpu:.1f}\t{rss:.0f}\t{jar_sha}\n")
        print(f"    {wall:.1f} s wall, {cpu:.1f} s CPU, {rss:.0f} MiB", flush=True)
    done = [name for name, _ in scenarios if os.path.exists(os.path.join(args.out, "part-" + name, "results.csv"))]
    print(f"{len(done)} of {len(scenarios)} scenarios done")
    if len(done) == len(scenarios):
        merge(args.out, [name for name, _ in scenarios], log)


def merge(out_dir, names, log):
    """The parts' rows in the whole sweep's order: by council (as the sweep lists them), then scenario."""
    header, keyed, councils = None, [], {}
    for s, name in enumerate(names):
        with open(os.path.join(out_dir, "part-" + name, "results.csv"), encoding="utf-8") as part:
            header = part.readline()
            for i, line in enumerate(part):
                council = line.split(",", 1)[0]
                councils.setdefault(council, len(councils))
                keyed.append((councils[council], s, i, line))
    keyed.sort(key=lambda row: row[:3])
    rows = len(keyed)
    with open(os.path.join(out_dir, "results.csv"), "w", encoding="utf-8") as out:
        out.write(header)
        out.writelines(row[3] for row in keyed)
    lines = [line.rstrip("\n").split("\t") for line in open(log, encoding="utf-8")][1:]
    last = {line[0]: line for line in lines}  # a part rerun counts once, its last run
    wall = sum(float(last[n][5]) for n in names)
    cpu = sum(float(last[n][6]) for n in names)
    jars = {last[n][8] for n in names}
    print(f"merged {rows} rows into {out_dir}/results.csv; the whole grid: {wall:.0f} s wall"
          f" ({wall / 3600:.2f} h), {cpu:.0f} s CPU; jars {sorted(jars)}"
          + ("" if len(jars) == 1 else "  (NOT ONE JAR: the parts are not one sweep)"))


if __name__ == "__main__":
    main()
