"""t/scaling/lib/scaling.py - what the scaling tests (t/scaling/*.sh, `make check-scaling`) share:
the fault-drill library (t/drills/lib/drill.py: a throwaway stack, checks, an HTTP client) with
the scaling knobs of conf/stack.sh set (HNEDU_DB_PORT: the primary on loopback TCP with a binary
log; HNEDU_SETS=2: a second application set), and conf/replica.sh.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "drills", "lib"))

from drill import ROOT, Drill  # noqa: E402


def scaling_drill(name, sets=1, replica=False):
    """A Drill whose stack has the primary on port HNEDU_PORT + 20000 (and, with replica, the
    replica on HNEDU_PORT + 20001) and `sets` application sets. The environment is set before the
    Drill stops what an interrupted earlier run left."""
    port = int(os.environ.get("HNEDU_PORT", "8081"))
    os.environ["HNEDU_SETS"] = str(sets)
    if replica:
        os.environ["HNEDU_DB_PORT"] = str(port + 20000)
        os.environ["HNEDU_REPLICA_PORT"] = str(port + 20001)
        var = os.path.join(ROOT, "t", "out", "drills", name, "var")
        if os.path.isdir(var):
            replica_sh(var, "stop", check=False)
    d = Drill(name)
    if replica:
        d.cleanups.append(lambda: replica_sh(d.var, "stop", check=False))
    return d


def replica_sh(var, command, check=True):
    """conf/replica.sh COMMAND for the stack of var; its output."""
    p = subprocess.run(["bash", os.path.join(ROOT, "conf", "replica.sh"), command], env=dict(os.environ, HNEDU_VAR=var),
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if check and p.returncode != 0:
        raise RuntimeError("conf/replica.sh %s failed:\n%s" % (command, p.stdout))
    return p.stdout


def replica_sql(d, query, timeout=30):
    """Rows of query run as the superuser on the replica (database hnedu)."""
    p = subprocess.run(["mariadb", "--no-defaults", "--socket=" + os.path.join(d.env("HNEDU_RUN"), "replica.sock"),
                        "-N", "-B", "--default-character-set=utf8mb4", "hnedu", "-e", query],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=timeout)
    if p.returncode != 0:
        raise RuntimeError("replica sql failed: %s\n%s" % (query, p.stderr))
    return [line.split("\t") for line in p.stdout.splitlines()]
