#!/usr/bin/env bash
# The documentation followed to the letter (issue 24): every command in the ```sh blocks of
# README.md, docs/TUTORIAL.md, docs/SCENARIOS.md and docs/EXPERIMENTS.md is run, in order, each
# document in a fresh temporary directory, and must exit 0 — so the docs cannot drift from the
# program. Commands that cannot run here are skipped with the reason printed.
#
#   bash scripts/docs-walkthrough.sh [--binary PATH] [--fast] [--data DIR]
#
# --binary   the anarchy binary (default: .build/release/anarchy, else .build/debug/anarchy)
# --fast     fewer runs for CI's debug build: debates get --replications 2 --samples 2
#            --no-variants, sweeps --replications 2, and calibrate/backtest are skipped; the
#            commands, their flags, the files they read and write are otherwise as written
# --data     the Correlates of War directory for the commands written with `--data DIR`
#            (default: ../shared/data/cow when it exists; without it those commands are skipped)
#
# Writes nothing outside its temporary directories; exits 1 at the first command that fails,
# printing the document, the command and its output.
set -u
repo="$(cd "$(dirname "$0")/.." && pwd)"
binary="" fast=0 data=""
while [ $# -gt 0 ]; do
    case "$1" in
        --binary) binary="$2"; shift 2 ;;
        --fast) fast=1; shift ;;
        --data) data="$2"; shift 2 ;;
        *) echo "usage: $0 [--binary PATH] [--fast] [--data DIR]" >&2; exit 2 ;;
    esac
done
if [ -z "$binary" ]; then
    for candidate in "$repo/.build/release/anarchy" "$repo/.build/debug/anarchy"; do
        if [ -x "$candidate" ]; then binary="$candidate"; break; fi
    done
fi
if [ -z "$binary" ] || [ ! -x "$binary" ]; then echo "no anarchy binary: build it (swift build) or give --binary" >&2; exit 2; fi
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
if [ -z "$data" ] && [ -d "$repo/../shared/data/cow" ]; then data="$(cd "$repo/../shared/data/cow" && pwd)"; fi
if [ -n "$data" ] && [ ! -d "$data" ]; then echo "no directory $data: the commands that need the data are skipped" >&2; data=""; fi

ran=0 skipped=0
unwritten=()  # files a skipped command would have written: what reads them is skipped too
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The ```sh blocks of a document, one command per line, comments and blank lines dropped.
commands() {
    awk '/^```sh$/ {inside = 1; next} /^```/ {inside = 0; next} inside' "$1" \
        | sed -E 's/[[:space:]]{2,}#.*$//; s/[[:space:]]+$//' | grep -vE '^[[:space:]]*(#|$)'
}

# Why a command is not run here, or nothing when it is.
skip_reason() {
    case "$1" in
        "swift build"*|"swift test"*) echo "builds or tests the package (the binary under test is given)" ;;
        *" serve"*|curl*) echo "the web app and its API: RouteTests and the browser journey run them" ;;
        open*) echo "opens a browser" ;;
        *"--data DIR"*) [ -z "$data" ] && echo "needs the Correlates of War data (--data DIR)" ;;
    esac
    if [ "$fast" = 1 ]; then
        case "$1" in
            *" calibrate "*|*" backtest "*) echo "minutes of CPU (run without --fast)" ;;
        esac
    fi
}

# The command as it runs here: the binary for `anarchy`, the data directory for DIR, and in
# fast mode fewer replications.
rewrite() {
    local line="$1"
    line="$(printf '%s' "$line" | sed -E "s#^(swift run anarchy|\\.build/release/anarchy|anarchy) #'$binary' #")"
    if [ -n "$data" ]; then line="$(printf '%s' "$line" | sed "s#--data DIR#--data '$data'#")"; fi
    if [ "$fast" = 1 ]; then
        case "$line" in
            *" debate "*) case "$line" in *--export*|*--list*) ;; *) line="$line --replications 2 --samples 2 --no-variants" ;; esac ;;
            *" sweep "*) case "$line" in
                    *--resume*) ;;
                    *--replications*) line="$(printf '%s' "$line" | sed -E 's/--replications [0-9]+/--replications 2/')" ;;
                    *) line="$line --replications 2" ;;
                esac ;;
        esac
    fi
    printf '%s' "$line"
}

# Steps a document describes in words rather than commands, done as it says.
after() {
    case "$1" in
        *"debate --export 7 > claim17.yaml"*)
            # TUTORIAL §2: claim 7 → 17, the first test's treatment label and its cut 0.3 → 0.1.
            sed -i -e 's/^claim: 7$/claim: 17/' -e '0,/label: costly signal (cut 0.3)/s//label: cheap-enough-to-mimic signal (cut 0.1)/' \
                -e '0,/cut: 0.3,/s//cut: 0.1,/' claim17.yaml
            grep -q '^claim: 17$' claim17.yaml && grep -q 'cut: 0.1,' claim17.yaml || { echo "TUTORIAL §2's edit did not apply" >&2; return 1; } ;;
    esac
}

for doc in README.md docs/TUTORIAL.md docs/SCENARIOS.md docs/EXPERIMENTS.md; do
    dir="$work/$(basename "$doc" .md)"
    mkdir -p "$dir"
    ln -s "$repo/docs" "$dir/docs"  # the README's paths relative to the repository (docs/games.json)
    echo "== $doc"
    while IFS= read -r line; do
        reason="$(skip_reason "$line")"
        for file in "${unwritten[@]+"${unwritten[@]}"}"; do
            case " $line " in *" $file "*) [ -z "$reason" ] && reason="reads $file, which a skipped command writes" ;; esac
        done
        if [ -n "$reason" ]; then
            echo "   skip: $line  — $reason"
            skipped=$((skipped + 1))
            written="$(printf '%s\n' "$line" | sed -nE 's/.*(--out|>) +([^ ]+).*/\2/p')"
            [ -n "$written" ] && unwritten+=("$written")
            continue
        fi
        command="$(rewrite "$line")"
        echo "   run:  $line"
        if ! output="$(cd "$dir" && bash -c "$command" 2>&1 < /dev/null)"; then
            echo "FAILED in $doc: $line" >&2
            echo "(ran: $command)" >&2
            printf '%s\n' "$output" | tail -20 >&2
            exit 1
        fi
        (cd "$dir" && after "$line") || exit 1
        ran=$((ran + 1))
    done < <(commands "$repo/$doc")
done
echo "docs walkthrough: $ran commands ran, $skipped skipped (reasons above)"
