#!/usr/bin/env bash
# Regenerates the expectations of the conformance suite with the reference interpreter.
#
#   <area>/<name>.expected          exact stdout of `cd <area> && lua5.1 <name>.lua` (must exit 0)
#   syntax_errors/<name>.expected-err  first stderr line of the same command, without the
#                                      leading "lua5.1: " (the program must fail to compile)
#
# Each program runs from its own directory under its bare file name, so chunk names in
# messages are "<name>.lua". Stale expectation files (no matching .lua) are removed.
# Usage: tests/conformance/regen.sh            (LUA=/path/to/lua5.1 to override the binary)
set -euo pipefail
export LC_ALL=C
LUA="${LUA:-lua5.1}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

"$LUA" -v 2>&1 | grep -q '^Lua 5\.1' || { echo "regen.sh: '$LUA' is not Lua 5.1" >&2; exit 1; }

failed=0
count=0

for dir in */; do
  area="${dir%/}"
  [ "$area" = syntax_errors ] && continue
  for f in "$area"/*.lua; do
    [ -e "$f" ] || continue
    name="$(basename "$f" .lua)"
    tmp="$(mktemp)"
    if (cd "$area" && "$LUA" "$name.lua" >"$tmp" 2>"$tmp.err" </dev/null); then
      if [ -s "$tmp.err" ]; then
        echo "regen.sh: $f wrote to stderr:" >&2; cat "$tmp.err" >&2; failed=1
      fi
      mv "$tmp" "$area/$name.expected"
    else
      echo "regen.sh: $f exited non-zero:" >&2; cat "$tmp.err" >&2; failed=1
      rm -f "$tmp"
    fi
    rm -f "$tmp.err"
    count=$((count + 1))
  done
  for e in "$area"/*.expected; do
    [ -e "$e" ] || continue
    [ -e "${e%.expected}.lua" ] || rm -f "$e"
  done
done

if [ -d syntax_errors ]; then
  for f in syntax_errors/*.lua; do
    [ -e "$f" ] || continue
    name="$(basename "$f" .lua)"
    if (cd syntax_errors && "$LUA" "$name.lua" >/dev/null 2>"$name.stderr.tmp" </dev/null); then
      echo "regen.sh: $f compiled and ran, but it should be a syntax error" >&2; failed=1
    elif grep -q '^stack traceback:' "syntax_errors/$name.stderr.tmp"; then
      echo "regen.sh: $f failed at run time, but it should be a syntax error" >&2; failed=1
    else
      first="$(head -n 1 "syntax_errors/$name.stderr.tmp")"
      printf '%s\n' "${first#"$LUA: "}" >"syntax_errors/$name.expected-err"
    fi
    rm -f "syntax_errors/$name.stderr.tmp"
    count=$((count + 1))
  done
  for e in syntax_errors/*.expected-err; do
    [ -e "$e" ] || continue
    [ -e "${e%.expected-err}.lua" ] || rm -f "$e"
  done
fi

echo "regen.sh: $count programs" >&2
exit "$failed"
