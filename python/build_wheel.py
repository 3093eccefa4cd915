#!/usr/bin/env python3
"""Builds the Python client's wheel, with the `anarchy` binary inside (README, "From Python").

    python3 python/build_wheel.py [--binary PATH] [--out DIR]

Without --binary it builds the release binary first (`swift build -c release`: fully static on
Linux when SQLite's static archive is installed; Package.swift, `staticLinking`). The binary is
stripped when `strip` is there. A static binary makes a platform wheel that runs on any Linux of
its architecture (tag manylinux_2_17_ARCH: pip takes it on glibc 2.17 or later); a dynamically
linked one makes a `linux_ARCH` wheel that runs only where the Swift runtime it was linked against
is installed, and the script says so. The wheel is written with the standard library alone (no
setuptools, no network), its metadata from python/pyproject.toml, its version from the binary
(which must equal python/src/anarchy/_version.py), its files in a fixed order with fixed times, so
that the same binary gives the same wheel byte for byte.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    tomllib = None

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DISTRIBUTION = "anarchy_lab"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def fail(message: str) -> "NoReturn":
    print(f"build_wheel: {message}", file=sys.stderr)
    sys.exit(2)


def elf_facts(path: Path) -> tuple:
    """(architecture, static) of an ELF executable: the machine field, and whether it asks for
    no program interpreter (PT_INTERP), which is what a fully static executable is."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        fail(f"{path}: not a 64-bit little-endian ELF executable (a Linux binary is needed)")
    machine = struct.unpack_from("<H", data, 18)[0]
    architecture = {62: "x86_64", 183: "aarch64"}.get(machine)
    if architecture is None:
        fail(f"{path}: ELF machine {machine} is neither x86-64 nor AArch64")
    phoff = struct.unpack_from("<Q", data, 32)[0]
    phentsize, phnum = struct.unpack_from("<HH", data, 54)
    interpreted = any(struct.unpack_from("<I", data, phoff + i * phentsize)[0] == 3 for i in range(phnum))
    return architecture, not interpreted


def metadata(version: str) -> str:
    if tomllib is None:
        fail("needs Python 3.11 or later (tomllib) to read pyproject.toml")
    project = tomllib.loads((HERE / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {version}",
        f"Summary: {project['description']}",
        f"License: {project['license']['text']}",
        f"Requires-Python: {project['requires-python']}",
    ]
    lines += [f"Requires-Dist: {d}" for d in project.get("dependencies", [])]
    lines += [f"Classifier: {c}" for c in project.get("classifiers", [])]
    lines += [f"Project-URL: {k}, {v}" for k, v in project.get("urls", {}).items()]
    lines.append("Description-Content-Type: text/markdown")
    return "\n".join(lines) + "\n\n" + (HERE / project["readme"]).read_text(encoding="utf-8")


def record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build_release_binary() -> Path:
    print("build_wheel: building the release binary (swift build -c release)…", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "anarchy"], cwd=ROOT, check=True)
    shown = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                           capture_output=True, text=True).stdout.strip()
    return Path(shown) / "anarchy"


def main() -> None:
    parser = argparse.ArgumentParser(description="Build the anarchy-lab wheel with the anarchy binary inside.")
    parser.add_argument("--binary", help="the anarchy executable to put in (default: build the release binary)")
    parser.add_argument("--out", default=str(ROOT / "dist"), help="directory for the wheel (default: dist)")
    options = parser.parse_args()

    source = Path(options.binary) if options.binary else build_release_binary()
    if not source.is_file() or not os.access(source, os.X_OK):
        fail(f"--binary {source}: not an executable file")
    said = subprocess.run([str(source), "--version"], capture_output=True, text=True)
    if said.returncode != 0 or not said.stdout.strip():
        fail(f"{source} --version failed: {said.stderr.strip()}")
    version = said.stdout.split()[0]
    namespace: dict = {}
    exec((HERE / "src" / "anarchy" / "_version.py").read_text(encoding="utf-8"), namespace)
    if namespace["__version__"] != version:
        fail(f"the binary is version {version}, python/src/anarchy/_version.py says {namespace['__version__']}: bump them together")
    architecture, static = elf_facts(source)
    platform = f"manylinux_2_17_{architecture}.manylinux2014_{architecture}" if static else f"linux_{architecture}"
    if not static:
        print(f"build_wheel: {source} is dynamically linked: the wheel ({platform}) runs only where its Swift "
              "runtime is installed; install libsqlite3-dev for a static binary and a wheel for any Linux", file=sys.stderr)

    with tempfile.TemporaryDirectory() as scratch:
        stripped = Path(scratch) / "anarchy"
        if shutil.which("strip"):
            subprocess.run(["strip", "-o", str(stripped), str(source)], check=True)
        else:
            shutil.copy2(source, stripped)
        files = {}
        for path in sorted((HERE / "src" / "anarchy").glob("*.py")):
            files[f"anarchy/{path.name}"] = path.read_bytes()
        files["anarchy/bin/anarchy"] = stripped.read_bytes()
    info = f"{DISTRIBUTION}-{version}.dist-info"
    files[f"{info}/METADATA"] = metadata(version).encode()
    files[f"{info}/WHEEL"] = (
        "Wheel-Version: 1.0\nGenerator: anarchy build_wheel.py\nRoot-Is-Purelib: false\n"
        + "".join(f"Tag: py3-none-{tag}\n" for tag in platform.split("."))).encode()
    files[f"{info}/licenses/LICENSE"] = (ROOT / "LICENSE").read_bytes()
    files[f"{info}/top_level.txt"] = b"anarchy\n"
    record = [record_line(name, data) for name, data in files.items()] + [f"{info}/RECORD,,"]
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()

    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    wheel = out / f"{DISTRIBUTION}-{version}-py3-none-{platform}.whl"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, data in files.items():
            entry = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = (0o100755 if name.endswith("bin/anarchy") else 0o100644) << 16
            archive.writestr(entry, data)
    wheel.write_bytes(buffer.getvalue())
    print(wheel)
    print(f"build_wheel: {wheel} ({'static' if static else 'dynamically linked'} binary, "
          f"{len(buffer.getvalue()) / 1e6:.1f} MB)", file=sys.stderr)


if __name__ == "__main__":
    main()
