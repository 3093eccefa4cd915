#!/usr/bin/env bash
# A real single-node Slurm cluster on this machine, for the test suite (and for trying
# 'anarchy slurm' without a cluster): writes a slurm.conf under DIR, starts munged, slurmctld and
# slurmd, and waits for the node to be idle. 'down DIR' stops them by their recorded PIDs.
# Slurm and munge must be installed (scripts/setup.sh installs them); this script installs nothing.
#   bash scripts/slurm-local.sh up DIR     # then: export SLURM_CONF=DIR/slurm.conf
#   bash scripts/slurm-local.sh down DIR
# Needs root (daemons) and no systemd (PID 1 need not be systemd; nothing is started through it).
# Everything it makes lives under DIR: Slurm's state, spool, logs and PID files, and a munged of its
# own (DIR/munge: its key, made here on first start, its socket, log, seed and PID file; slurm.conf's
# AuthInfo points Slurm there), so the machine's munge (/etc/munge, /run/munge) and any Slurm it
# runs are left alone; its two ports are free ones chosen at start. Configuration:
# ../shared/notes/infra.md §2 and docs/CLUSTER.md.
set -euo pipefail
action=${1:-}; dir=${2:-}
[ -n "$action" ] && [ -n "$dir" ] || { echo "usage: $0 up|down DIR" >&2; exit 2; }

stop() {
  local file=$1; [ -f "$file" ] || return 0
  local pid; pid=$(cat "$file")
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

if [ "$action" = down ]; then
  stop "$dir/run/slurmd.pid"; stop "$dir/run/slurmctld.pid"; stop "$dir/munge/munged.pid"
  stop "$dir/run/munged.pid"  # a cluster started before its munged moved under DIR/munge
  exit 0
fi
[ "$action" = up ] || { echo "usage: $0 up|down DIR" >&2; exit 2; }

base=$(mkdir -p "$dir" && cd "$dir" && pwd)
if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  echo "Slurm or munge is not installed: run scripts/setup.sh as root first" >&2
  exit 3
fi
[ "$(id -u)" = 0 ] || { echo "the cluster's daemons run as root and munge: run this as root" >&2; exit 3; }
mkdir -p "$base"/{state,spool,log,run}
# munged's own directory: owned by munge, writable by nobody else (munged refuses a key or socket
# directory that others can write), with a key made once (1024 random bits, mungekey's default).
munge_dir="$base/munge"
install -d -o munge -g munge -m 0755 "$munge_dir"
if [ ! -f "$munge_dir/munge.key" ]; then
  mungekey --create --keyfile="$munge_dir/munge.key"
  chown munge:munge "$munge_dir/munge.key"; chmod 0600 "$munge_dir/munge.key"
fi
socket="$munge_dir/munge.socket"
# Two free ports of the system's choosing, so that a machine already running Slurm (6817/6818) or
# anything else keeps its own.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
if command -v python3 >/dev/null; then
  ctld_port=$(free_port); slurmd_port=$(free_port)
  while [ "$slurmd_port" = "$ctld_port" ]; do slurmd_port=$(free_port); done
else
  ctld_port=16817; slurmd_port=16818
fi
cat > "$base/slurm.conf" <<CONF
ClusterName=anarchy
SlurmctldHost=localhost(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$base/state
SlurmdSpoolDir=$base/spool
SlurmctldPidFile=$base/run/slurmctld.pid
SlurmdPidFile=$base/run/slurmd.pid
SlurmctldLogFile=$base/log/slurmctld.log
SlurmdLogFile=$base/log/slurmd.log
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MailProg=/bin/true
SchedulerType=sched/backfill
SchedulerParameters=sched_min_interval=0,batch_sched_delay=0
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
MpiDefault=none
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=localhost Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$base/slurm.conf"
if ! munge --socket="$socket" -n </dev/null >/dev/null 2>&1; then  # not answering (a killed one may leave its socket)
  rm -f "$socket" "$socket.lock"
  # Daemons get no inherited stdio: a caller reading our output to its end must not wait on them.
  runuser -u munge -- /usr/sbin/munged --socket="$socket" --key-file="$munge_dir/munge.key" \
    --pid-file="$munge_dir/munged.pid" --log-file="$munge_dir/munged.log" --seed-file="$munge_dir/munged.seed" \
    </dev/null >/dev/null 2>&1
  for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done
fi
slurmctld -f "$SLURM_CONF" </dev/null >>"$base/log/slurmctld.out" 2>&1
slurmd -f "$SLURM_CONF" -N localhost </dev/null >>"$base/log/slurmd.out" 2>&1
for _ in $(seq 150); do
  sinfo -h -o %T 2>/dev/null | grep -qx idle && exit 0
  sleep 0.2
done
echo "slurm did not become idle" >&2
tail -n 20 "$base"/log/*.log >&2
exit 1
