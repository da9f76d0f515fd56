#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Inner part of scripts/bench-inventory; runs inside the build environment.
set -euo pipefail
cli=$1 nodes=$2 pods=$3 runs=$4
work=$(mktemp -d)
trap 'kill $sim 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT

"$cli" simulate --scenario healthy --nodes "$nodes" --pods "$pods" --write-kubeconfig "$work/kubeconfig" >"$work/sim.out" 2>"$work/sim.err" &
sim=$!
for _ in $(seq 1 600); do
  grep -q '^ready ' "$work/sim.out" 2>/dev/null && break
  kill -0 $sim 2>/dev/null || { cat "$work/sim.err" >&2; exit 1; }
  sleep 0.1
done
grep -q '^ready ' "$work/sim.out" || { echo "simulator did not start" >&2; exit 1; }

measure() { # name command... → "seconds kilobytes" on stdout
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" \
    || { echo "$name failed:" >&2; tail -5 "$work/$name.err" >&2; exit 1; }
  cat "$work/$name.time"
}

# Warm the simulator's caches once so neither side pays for first-touch generation.
"$cli" inventory --kubeconfig "$work/kubeconfig" --json >/dev/null 2>&1 || true

best_k=""; best_t=""; rss_k=0; rss_t=0
for _ in $(seq 1 "$runs"); do
  read -r t m < <(measure kubectl kubectl --kubeconfig "$work/kubeconfig" get nodes,pods -A -o json)
  [ -z "$best_k" ] || awk -v a="$t" -v b="$best_k" 'BEGIN{exit !(a<b)}' && best_k=$t
  [ "$m" -gt "$rss_k" ] && rss_k=$m
  read -r t m < <(measure kvdoctor "$cli" inventory --kubeconfig "$work/kubeconfig" --json)
  [ -z "$best_t" ] || awk -v a="$t" -v b="$best_t" 'BEGIN{exit !(a<b)}' && best_t=$t
  [ "$m" -gt "$rss_t" ] && rss_t=$m
done
counts="$(grep -o '"appPods": [0-9]*' "$work/kvdoctor.out" | head -1), $(grep -o '"podsScanned": [0-9]*' "$work/kvdoctor.out")"
echo "inventory benchmark: $nodes nodes, $pods pods (kvdoctor saw $counts), best of $runs"
printf '  kubectl get nodes,pods -A -o json : %7.2f s  peak RSS %6d MB\n' "$best_k" $((rss_k / 1024))
printf '  kvdoctor-cli inventory --json      : %7.2f s  peak RSS %6d MB\n' "$best_t" $((rss_t / 1024))
awk -v a="$best_t" -v b="$best_k" -v ra="$rss_t" -v rb="$rss_k" \
  'BEGIN{printf "  ratio kvdoctor/kubectl: time %.3fx (target <= 0.25x), RSS %.3fx; kvdoctor peak RSS %d MB (target <= 300 MB)\n", a/b, ra/rb, ra/1024}'
