#!/usr/bin/env bash
# Installs what the test suite can use but does not need (CI calls this before `swift test`;
# the test command itself installs and starts nothing): Slurm and munge, and a single-node
# cluster started for the cluster test (scripts/slurm-local.sh up, configuration at
# /tmp/anarchy-slurm/slurm.conf, or ANARCHY_SLURM_DIR; stop it with scripts/slurm-local.sh down;
# its munged, key and socket live there too, and nothing is written under /etc but by apt),
# and headless Chromium and Firefox for the report and web-app tests, and R with DBI, RSQLite and
# testthat for the R package's tests. Debian's packages, as root with apt; without them the tests that
# need them are skipped, saying why. Then schemathesis and cffconvert from PyPI (the API conformance
# and citation tests), and a wheelhouse of the Python client's test requirements, with pip, root or
# not. Safe to run twice.
set -euo pipefail
# schemathesis checks the web API against docs/api.yaml (pinned: its command line changed between
# major versions; the test passes flags of the 4.x line).
schemathesis_version=4.32.5
if ! { command -v schemathesis >/dev/null && schemathesis --version 2>/dev/null | grep -q "$schemathesis_version"; }; then
  if command -v python3 >/dev/null && python3 -m pip --version >/dev/null 2>&1; then
    echo "setup: installing schemathesis $schemathesis_version from PyPI" >&2
    python3 -m pip install -q --disable-pip-version-check "schemathesis==$schemathesis_version" 2>&1 | grep -v "Running pip as the 'root' user" >&2 || true
  else
    echo "setup: no python3 with pip: the API conformance test will be skipped" >&2
  fi
fi
# cffconvert checks CITATION.cff; it pins jsonschema below 4, which schemathesis cannot share, so it
# gets a virtual environment of its own (the test looks there and on PATH).
cff_env="${XDG_CACHE_HOME:-$HOME/.cache}/anarchy-tools/cffconvert"
if ! command -v cffconvert >/dev/null && [ ! -x "$cff_env/bin/cffconvert" ]; then
  if command -v python3 >/dev/null && python3 -m venv "$cff_env" >/dev/null 2>&1; then
    echo "setup: installing cffconvert 2.0.0 from PyPI into $cff_env" >&2
    "$cff_env/bin/python" -m pip install -q --disable-pip-version-check cffconvert==2.0.0 >&2 || echo "setup: cffconvert did not install; the citation test will be skipped" >&2
  else
    echo "setup: no python3 with venv: the citation test will be skipped" >&2
  fi
fi
# The Python client's tests install its wheel into a fresh virtual environment from a local
# wheelhouse (pip --no-index: the test needs no network and installs nothing outside its temporary
# folder); fill it with python/requirements-test.txt and their dependencies from PyPI.
wheelhouse="${XDG_CACHE_HOME:-$HOME/.cache}/anarchy-tools/wheelhouse"
if command -v python3 >/dev/null && python3 -m pip --version >/dev/null 2>&1; then
  echo "setup: downloading the Python client's test requirements into $wheelhouse" >&2
  mkdir -p "$wheelhouse"
  python3 -m pip download -q --disable-pip-version-check -d "$wheelhouse" -r "$(dirname "$0")/../python/requirements-test.txt" >&2 \
    || echo "setup: the wheelhouse is incomplete; the Python client's test will be skipped" >&2
else
  echo "setup: no python3 with pip: the Python client's test will be skipped" >&2
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: not root with apt-get: installing nothing (the Slurm and browser tests will be skipped if their tools are missing)" >&2
  exit 0
fi
need=()
for tool in slurmctld slurmd sbatch munged; do command -v "$tool" >/dev/null || { need+=(slurmctld slurmd slurm-client munge); break; }; done
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || command -v google-chrome >/dev/null || need+=(chromium)
command -v firefox-esr >/dev/null || command -v firefox >/dev/null || need+=(firefox-esr)
# R with DBI, RSQLite and testthat, for the R package's tests (r/).
{ command -v Rscript >/dev/null && Rscript -e 'quit(status = !all(sapply(c("DBI", "RSQLite", "testthat"), requireNamespace, quietly = TRUE)))' >/dev/null 2>&1; } \
  || need+=(r-base-core r-cran-dbi r-cran-rsqlite r-cran-testthat)
# venv for the Python client's fresh environment (Debian splits it out of python3).
{ ! command -v python3 >/dev/null || python3 -c 'import venv, ensurepip' 2>/dev/null; } || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# The single-node cluster the Slurm test submits to (already up: left as it is).
cluster="${ANARCHY_SLURM_DIR:-/tmp/anarchy-slurm}"
if command -v slurmctld >/dev/null && command -v munged >/dev/null; then
  if SLURM_CONF="$cluster/slurm.conf" sinfo -h -o %T 2>/dev/null | grep -qE 'idle|mixed|allocated'; then
    echo "setup: the Slurm cluster at $cluster is up" >&2
  else
    bash "$(dirname "$0")/slurm-local.sh" up "$cluster" && echo "setup: started a Slurm cluster at $cluster (scripts/slurm-local.sh down $cluster stops it)" >&2 \
      || echo "setup: the Slurm cluster did not start; the cluster test will be skipped" >&2
  fi
fi
echo "setup: done" >&2
