#!/usr/bin/env bash
# Whole-program suite: LuaIL (luac-il run, the ReadyToRun publish in artifacts/) side by side with lua5.1 and, when
# installed, LuaJIT with and without its JIT. Extra arguments go to run.sh (e.g. -n 5, --only fib).
# Installs the reference interpreters with apt-get when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

for pkg in lua5.1 luajit; do
  command -v "$pkg" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$pkg" >/dev/null; } || true
done
# The published CLI is what users install (precompiled: about 0.04 s less start-up per run).
dotnet publish "$root/cli/LuaIL.Cli" -c Release -o "$root/artifacts/luac-il" -nologo -v q >/dev/null
luacil="dotnet $root/artifacts/luac-il/luac-il.dll run --bench-time"

impls=(lua5.1=lua5.1 "luail=$luacil")
if command -v luajit >/dev/null 2>&1; then impls+=("luajit-joff=luajit -joff" luajit=luajit); fi
cd "$here"
exec ./run.sh "$@" -- "${impls[@]}"
