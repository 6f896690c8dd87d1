#!/usr/bin/env bash
# Mutation testing of the modules of issue #18 (money, calendar, grants, schedule rules, results
# checks), with mutmut 3 as configured in pyproject.toml ([tool.mutmut]).
#
#   tools/mutation.sh                  # every module, then the score of each
#   tools/mutation.sh money calendar   # only these (money calendar grants rules checks)
#   MUTMUT_CHILDREN=2 tools/mutation.sh rules
#
# Needs mutmut >= 3.8 in the active environment (`pip install "mutmut>=3.8"`); CONTRIBUTING.md
# explains the scores and what survives. mutmut works in ./mutants (git-ignored); a module named
# here has every one of its mutants tested again, so its score is always measured afresh
# (`mutmut run NAME...` retests single mutants). Hypothesis runs derandomised (CI=1), so a
# score is reproducible. The score is killed / (all mutants but skipped ones), per module.
set -euo pipefail
cd "$(dirname "$0")/.."
export CI=1
children="${MUTMUT_CHILDREN:-1}"

declare -A glob=(
    [money]="pilkada.money.*"
    [calendar]="pilkada.calendar.*"
    [grants]="pilkada.grants.*"
    [rules]="pilkada.schedule.*"
    [checks]="pilkada.results.checks.*"
)
modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(money calendar grants rules checks)
for module in "${modules[@]}"; do
    [ -n "${glob[$module]:-}" ] || { echo "unknown module: $module" >&2; exit 2; }
done

for module in "${modules[@]}"; do
    echo "== mutmut run ${glob[$module]}"
    mutmut run --max-children "$children" "${glob[$module]}" >/dev/null
done

# One line per module: killed / all mutants, and each survivor's name.
mutmut results --all true | python -c '
import collections, fnmatch, sys
globs = dict(arg.split("=", 1) for arg in sys.argv[1:])
counts = collections.defaultdict(collections.Counter)
survivors = collections.defaultdict(list)
for line in sys.stdin:
    name, _, status = line.strip().rpartition(": ")
    for module, pattern in globs.items():
        if fnmatch.fnmatch(name, pattern):
            counts[module][status] += 1
            if status != "killed":
                survivors[module].append(f"{name} ({status})")
for module in globs:
    c = counts[module]
    total = sum(c.values()) - c["skipped"]
    score = 100 * c["killed"] / total if total else 0.0
    killed = c["killed"]
    print(f"{module:9} {score:5.1f} %  {killed}/{total} killed  {dict(c)}")
for module in globs:
    for s in survivors[module]:
        print("  ", s)
' $(for m in "${modules[@]}"; do printf '%s=%s ' "$m" "${glob[$m]}"; done)
