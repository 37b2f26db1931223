"""Fault and hostile-input figures (issue 12): SIGKILL at random points of crawl, process, brief and
send on the sample sites, each followed by a rerun and the invariants (every article stored once, no
analysis without its search rows, no briefing file that is not the whole approved rendering, no
recipient mailed twice, no run left running); then every hostile file given to `siqing import`,
each in its own process, with its peak memory. Prints one JSON line.

Baselines measured in the same run: the uninterrupted duration of each job (the kill points are drawn
inside it), and `siqing import` of the bundled real fixtures (its peak memory beside the hostile
files'). SIQING_FAULT_TRIALS sets the number of kill trials (default 52).
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from siqing.app.demo.sites import SampleSites  # noqa: E402
from tests.briefings.review_helpers import SmtpServer, free_port  # noqa: E402
from tests.faults.harness import Rig, rig_deployment, summary, timed  # noqa: E402
from tests.hostile.inputs import hostile_files  # noqa: E402

JOBS = ("crawl", "process", "brief", "send")
PROBE = ("import resource, sys, time\nfrom siqing.app.cli import main\nt = time.perf_counter()\n"
         "code = main(['--config', sys.argv[1], 'import', *sys.argv[2:]])\n"
         "print(time.perf_counter() - t, int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0]), code)\n")


REFUSE = ("import resource, sys, time\nfrom pathlib import Path\nfrom crawlers.importers import read_file\n"
          "t = time.perf_counter()\ntry:\n    read_file(Path(sys.argv[1]))\n    ok = 1\nexcept Exception:\n    ok = 0\n"
          "print(time.perf_counter() - t, int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0]), ok)\n")


def refuse_probe(path: Path) -> tuple[float, float, bool]:
    """(seconds to refuse, peak MiB of the process, accepted?) for one file read by its importer."""
    proc = subprocess.run([sys.executable, "-c", REFUSE, str(path)], capture_output=True, text=True, cwd=REPO)
    secs, rss, ok = proc.stdout.split()[-3:]
    return float(secs), int(rss) / 1024, ok == "1"


def import_probe(config: Path, paths: list[Path]) -> tuple[float, float, int, str]:
    """(seconds, peak MiB, exit code, stderr) of `siqing import PATHS` in a fresh process."""
    proc = subprocess.run([sys.executable, "-c", PROBE, str(config), *map(str, paths)], capture_output=True,
                          text=True, cwd=REPO)
    secs, rss, code = proc.stdout.split()[-3:]
    return float(secs), int(rss) / 1024, int(code), proc.stderr


def main() -> None:
    trials_wanted = int(os.environ.get("SIQING_FAULT_TRIALS", "52"))
    rnd = random.Random(12)
    with tempfile.TemporaryDirectory() as tmp, SampleSites(port=0) as sites:
        port = free_port()
        with SmtpServer(port) as inbox:
            rig = Rig(rig_deployment(Path(tmp) / "d", sites.port, port))
            durations = {"crawl": timed(rig, ["crawl"])}
            rig.baseline_documents = rig.query("SELECT COUNT(*) FROM documents")[0][0]
            durations["process"] = timed(rig, ["process"])
            durations["brief"] = timed(rig, ["brief", "daily", "--date", "2026-01-01", "--approve"])
            durations["send"] = timed(rig, ["send", str(rig.latest_briefing())])
            trials = []
            for i in range(trials_wanted):
                job = JOBS[i % len(JOBS)]
                day = f"2026-02-{1 + (i // len(JOBS)) % 28:02d}"
                kill = rnd.uniform(0.05, 1.0) * durations[job]
                trials.append(rig.trial(job, kill, day, lambda: [m["Message-ID"] for m in inbox.messages()]))
            faults = summary(trials)
            per_recipient = len(inbox.messages())
        # Hostile inputs, each file in its own process.
        hostile_dir = Path(tmp) / "hostile"
        files = hostile_files(hostile_dir)
        accepted_wrongly, peak, slowest = 0, 0.0, 0.0
        bomb_secs = bomb_mib = 0.0
        for name in files:
            secs, mib, code, err = import_probe(rig.config, [hostile_dir / name])
            before = rig.query("SELECT COUNT(*) FROM documents WHERE origin_path LIKE '%/hostile/%'")[0][0]
            if code == 0 or name not in err or before:
                accepted_wrongly += 1
            peak, slowest = max(peak, mib), max(slowest, secs)
            if name == "bomb-2g.docx":
                bomb_secs, bomb_mib, _ = refuse_probe(hostile_dir / name)
        fixtures = REPO / "tests" / "fixtures" / "imports"
        base_secs, base_mib, _, _ = import_probe(rig.config, [fixtures])
    ok = not faults["violations"] and accepted_wrongly == 0
    print(json.dumps({
        "bench": "faults",
        "line": (f"fault trials {faults['trials']}, invariant violations {len(faults['violations'])}; "
                 f"hostile inputs {len(files)}, accepted wrongly {accepted_wrongly}, peak memory {peak:.0f} MiB"),
        "fault_trials": faults["trials"], "killed_mid_run": faults["killed"], "killed_by_job": faults["by_job"],
        "invariant_violations": faults["violations"][:10],
        "clean_durations_s": {k: round(v, 2) for k, v in durations.items()},
        "documents": rig.baseline_documents, "messages_delivered": per_recipient,
        "hostile_inputs": len(files), "accepted_wrongly": accepted_wrongly,
        "hostile_peak_mib": round(peak, 1), "hostile_slowest_s": round(slowest, 2),
        "docx_bomb_2gib": {"bytes": len(files["bomb-2g.docx"]),
                           "refused_s": round(bomb_secs, 4), "peak_mib": round(bomb_mib, 1),
                           "note": "read_file alone, in a fresh process (python + importers loaded)"},
        "baseline_import_real_fixtures": {"s": round(base_secs, 2), "peak_mib": round(base_mib, 1)},
        "ok": ok,
        "cpu_s": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime, 1),
        "wall_note": "durations are this machine's, for the ratio of kill point to run",
        "t": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }, ensure_ascii=False))
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
