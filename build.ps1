#!/usr/bin/env pwsh
# Build, test or run a sample on machines with PowerShell; bash users call tests/run-all.sh directly.
param(
    [ValidateSet('build', 'test', 'sample')]
    [string]$Target = 'build'
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot
switch ($Target) {
    'build'  { dotnet build LuaIL.sln -c Release -warnaserror }
    'test'   { bash tests/run-all.sh }
    'sample' { dotnet run --project cli/LuaIL.Cli -c Release -- run samples/hello/hello.lua }
}
exit $LASTEXITCODE
