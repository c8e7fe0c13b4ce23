#!/usr/bin/env bash
# Start-to-exit time of the shipped `disclosure` tool (issue 16, "Start-up").
#
# Packs src/DisclosureModel.Cli (as committed: HEAD) as .ci/run does (Native AOT linux-x64 package, framework-dependent `any` package) and
# installs the tool from that folder into a temporary tool path (the way users get it); packs it again with
# -p:DisclosureToolAot=false (the ReadyToRun linux-x64 package of before) and unpacks that; builds a hello-world console
# app (Release, framework-dependent, outside the repository so none of its settings apply). Then runs, interleaved, RUNS
# times each (after 2 warm-up runs each):
#   hello-world                        the floor of a .NET program: starting the runtime and printing one line
#   BUILD: disclosure --version        the tool's own start-up and command-line parsing
#   BUILD: disclosure validate         reading and validating the embedded sample, the issue's case
# for BUILD = aot (the installed tool), r2r (ReadyToRun, framework-dependent) and jit (the `any` package, run by
# `dotnet disclosure.dll` as the tool shim does), and prints the median and the fastest/slowest of each in milliseconds
# (measured with `date +%s%N` around each run), with the median's ratio to the hello-world's, and the load average.
#
# Usage: bash benchmarks/startup.sh [RUNS]        (RUNS defaults to 20)
#        DISCLOSURE_TOOL=/path/to/disclosure bash benchmarks/startup.sh   measures that executable alone, packs nothing
#        (with DISCLOSURE_R2R="dotnet /path/disclosure.dll" and DISCLOSURE_JIT=… also those builds, in the same run)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

builds=()
declare -A tool
if [ -n "${DISCLOSURE_TOOL:-}" ]; then
  builds=(given)
  tool[given]=$DISCLOSURE_TOOL
  # DISCLOSURE_R2R / DISCLOSURE_JIT: commands of a ReadyToRun and a JIT build to measure in the same run.
  [ -n "${DISCLOSURE_R2R:-}" ] && builds+=(r2r) && tool[r2r]=$DISCLOSURE_R2R
  [ -n "${DISCLOSURE_JIT:-}" ] && builds+=(jit) && tool[jit]=$DISCLOSURE_JIT
else
  # Packs the committed state (HEAD), copied out of the work tree, so builds in the work tree do not interfere.
  mkdir -p "$work/repo"
  git archive --format=tar HEAD | tar -x -C "$work/repo"
  cli="$work/repo/src/DisclosureModel.Cli"
  # A version of its own, so a package of the same version left in a NuGet cache is never installed instead.
  suffix="startup.$(date +%s)"
  version=$(dotnet msbuild "$cli" -getProperty:VersionPrefix)-$suffix
  echo "packing DisclosureModel.Cli $version (Native AOT) ..." >&2
  start=$SECONDS
  dotnet pack "$cli" -c Release -p:VersionSuffix="$suffix" -o "$work/packages" > "$work/pack.log" 2>&1 \
    || { tail -30 "$work/pack.log" >&2; exit 1; }
  echo "  pack took $((SECONDS - start)) s" >&2
  dotnet tool install DisclosureModel.Cli --version "$version" --tool-path "$work/tool" --add-source "$work/packages" \
    > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; exit 1; }
  echo "packing DisclosureModel.Cli $version (ReadyToRun) ..." >&2
  start=$SECONDS
  dotnet pack "$cli" -c Release -p:VersionSuffix="$suffix" -p:DisclosureToolAot=false -o "$work/packages-r2r" \
    > "$work/pack-r2r.log" 2>&1 || { tail -30 "$work/pack-r2r.log" >&2; exit 1; }
  echo "  pack took $((SECONDS - start)) s" >&2
  ls "$work/packages" "$work/packages-r2r" >&2
  unzip -q "$work/packages-r2r/DisclosureModel.Cli.linux-x64.$version.nupkg" -d "$work/r2r"
  unzip -q "$work/packages/DisclosureModel.Cli.any.$version.nupkg" -d "$work/jit"
  builds=(aot r2r jit)
  tool[aot]="$work/tool/disclosure"
  tool[r2r]="dotnet $(find "$work/r2r/tools" -name disclosure.dll)"
  tool[jit]="dotnet $(find "$work/jit/tools" -name disclosure.dll)"
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

names=("hello-world")
commands=("$work/hello/out/hello")
for b in "${builds[@]}"; do
  ${tool[$b]} validate > /dev/null || { echo "$b: disclosure validate failed" >&2; exit 1; }
  names+=("$b: disclosure --version" "$b: disclosure validate")
  commands+=("${tool[$b]} --version" "${tool[$b]} validate")
done
cases=${#names[@]}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

for _ in 1 2; do for ((c = 0; c < cases; c++)); do ${commands[$c]} > /dev/null; done; done
for ((i = 0; i < runs; i++)); do
  for ((c = 0; c < cases; c++)); do
    start=$(date +%s%N)
    ${commands[$c]} > /dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000)) >> "$work/times.$c"
  done
done

echo "| command | median (ms) | fastest (ms) | slowest (ms) | median / hello-world median |"
echo "| --- | ---: | ---: | ---: | ---: |"
hello=0
for ((c = 0; c < cases; c++)); do
  line=$(sort -n "$work/times.$c" | awk -v name="${names[$c]}" -v hello="$hello" '
    { t[NR] = $1 }
    END {
      m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "%.0f| %s | %.0f | %.0f | %.0f | %.2f |\n", m, name, m / 1000, t[1] / 1000, t[NR] / 1000, (hello > 0 ? m / hello : 1)
    }')
  [ "$c" -eq 0 ] && hello=${line%%|*}
  echo "|${line#*|}"
done
echo "($runs runs each, interleaved; $(nproc) cores; load average (1, 5, 15 min) $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after; $(date -u +%Y-%m-%d))"
