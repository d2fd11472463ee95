#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine with the .NET SDK (global.json pins the band).
# The conformance expectations are committed, so the reference lua5.1 is needed only to regenerate
# them (tests/conformance/regen.sh installs it when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

# The Redis differential tests run against a real redis-server (7.0 on Debian 12).
if ! command -v redis-server >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq redis-server >/dev/null
fi

dotnet build LuaIL.sln -c Release -warnaserror -nologo -v q
dotnet test LuaIL.sln -c Release --no-build -nologo -v q --logger "console;verbosity=minimal"
