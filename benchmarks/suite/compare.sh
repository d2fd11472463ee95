#!/usr/bin/env bash
# Whole-program suite: LuaIL (luac-il run, the self-contained publish in artifacts/) side by side with lua5.1 and, when
# installed, LuaJIT with and without its JIT. Extra arguments go to run.sh (e.g. -n 5, --only fib).
# Installs the reference interpreters with apt-get when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

for pkg in lua5.1 luajit; do
  command -v "$pkg" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$pkg" >/dev/null; } || true
done
# The CLI as a self-contained publish whose framework and LuaIL assemblies are precompiled together
# (composite ReadyToRun): start-up skips the host's framework resolution, and the framework's
# generic code over LuaIL's own types (lists of constants, dictionaries of operands) no longer
# goes through the JIT on every run. A one-line script starts in 65.5 ms instead of the
# framework-dependent publish's 75.6 ms (the one a dotnet tool installs; hyperfine -N, quiet
# machine); hot code is JIT-compiled either way.
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
# Its intermediate files live apart (--artifacts-path): left in the projects' obj/ folders, they
# would be reused by a later framework-dependent publish, whose CLI then aborts at start-up.
dotnet publish "$root/cli/LuaIL.Cli" -c Release -r "$rid" --self-contained -p:PublishReadyToRunComposite=true \
  --artifacts-path "$root/artifacts/sc-build" -o "$root/artifacts/luac-il-sc" -nologo -v q >/dev/null
luacil="$root/artifacts/luac-il-sc/luac-il run --bench-time"

impls=(lua5.1=lua5.1 "luail=$luacil")
if command -v luajit >/dev/null 2>&1; then impls+=("luajit-joff=luajit -joff" luajit=luajit); fi
cd "$here"
exec ./run.sh "$@" -- "${impls[@]}"
