#!/usr/bin/env bash
# Start-to-exit time of the shipped `disclosure` tool (issue 16, "Start-up").
#
# Packs src/DisclosureModel.Cli as .ci/run does, installs the tool from that folder into a temporary tool path (the way
# users get it), builds a hello-world console app (Release, framework-dependent, outside the repository so none of its
# settings apply), then runs, interleaved, RUNS times each (after 2 warm-up runs each):
#   hello                     the floor: starting the .NET runtime and printing one line
#   disclosure --version      the tool's own start-up and command-line parsing
#   disclosure validate       reading and validating the embedded sample, the issue's case
# and prints the median and the fastest/slowest of each, in milliseconds, measured with `date +%s%N` around each run.
#
# Usage: bash benchmarks/startup.sh [RUNS]        (RUNS defaults to 20)
#        DISCLOSURE_TOOL=/path/to/disclosure bash benchmarks/startup.sh   measures that executable instead of packing
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tool=${DISCLOSURE_TOOL:-}
if [ -z "$tool" ]; then
  # A version of its own, so a package of the same version left in a NuGet cache is never installed instead.
  suffix="startup.$(date +%s)"
  version=$(dotnet msbuild src/DisclosureModel.Cli -getProperty:VersionPrefix)-$suffix
  echo "packing DisclosureModel.Cli $version ..." >&2
  dotnet pack src/DisclosureModel.Cli -c Release -p:VersionSuffix="$suffix" -o "$work/packages" > "$work/pack.log" 2>&1 \
    || { tail -30 "$work/pack.log" >&2; exit 1; }
  dotnet tool install DisclosureModel.Cli --version "$version" --tool-path "$work/tool" --add-source "$work/packages" \
    > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; exit 1; }
  tool="$work/tool/disclosure"
  ls "$work/packages" >&2
fi

echo "building hello-world ..." >&2
mkdir -p "$work/hello"
cat > "$work/hello/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
  </PropertyGroup>
</Project>
XML
echo 'System.Console.WriteLine("hello");' > "$work/hello/Program.cs"
dotnet build "$work/hello" -c Release -o "$work/hello/out" > "$work/hello.log" 2>&1 || { tail -30 "$work/hello.log" >&2; exit 1; }

"$tool" validate > /dev/null || { echo "disclosure validate failed" >&2; exit 1; }

names=("hello-world" "disclosure --version" "disclosure validate")
run_case() {
  case $1 in
    0) "$work/hello/out/hello" ;;
    1) "$tool" --version ;;
    2) "$tool" validate ;;
  esac > /dev/null
}

for _ in 1 2; do for c in 0 1 2; do run_case "$c"; done; done
for ((i = 0; i < runs; i++)); do
  for c in 0 1 2; do
    start=$(date +%s%N)
    run_case "$c"
    end=$(date +%s%N)
    echo $(((end - start) / 1000)) >> "$work/times.$c"
  done
done

echo "| command | median (ms) | fastest (ms) | slowest (ms) |"
echo "| --- | ---: | ---: | ---: |"
for c in 0 1 2; do
  sort -n "$work/times.$c" | awk -v name="${names[$c]}" '
    { t[NR] = $1 }
    END {
      m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "| %s | %.0f | %.0f | %.0f |\n", name, m / 1000, t[1] / 1000, t[NR] / 1000
    }'
done
echo "($runs runs each, interleaved; $(nproc) cores; $(date -u +%Y-%m-%d))"
