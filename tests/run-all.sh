#!/usr/bin/env bash
# Runs every test of the solution on a fresh machine with the .NET SDK (global.json pins the band).
# The conformance expectations are committed, so the reference lua5.1 is needed only to regenerate
# them (tests/conformance/regen.sh installs it when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build LuaIL.sln -c Release -warnaserror -nologo -v q
dotnet test LuaIL.sln -c Release --no-build -nologo -v q --logger "console;verbosity=minimal"
