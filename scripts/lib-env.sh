# SPDX-License-Identifier: MIT
# Shared helpers of scripts/setup-env and scripts/env. Sourced, not run.

kv_log() { printf 'kvdoctor-env: %s\n' "$*" >&2; }
kv_die() { printf 'kvdoctor-env: error: %s\n' "$*" >&2; exit 1; }

kv_repo_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

kv_buildroot() {
  printf '%s\n' "${KVDOCTOR_BUILDROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/kvdoctor/buildroot-trixie}"
}

kv_package_list() {
  grep -v '^[[:space:]]*\(#\|$\)' "$(kv_repo_root)/scripts/packages-debian13.txt" | tr '\n' ' '
}

# True when the host can build natively: Qt >= 6.5 with the modules and KF6 SyntaxHighlighting.
kv_host_is_native_capable() {
  local qtver
  if command -v qmake6 >/dev/null 2>&1; then
    qtver=$(qmake6 -query QT_VERSION 2>/dev/null || true)
  elif command -v qtpaths6 >/dev/null 2>&1; then
    qtver=$(qtpaths6 --qt-version 2>/dev/null || true)
  elif command -v pkg-config >/dev/null 2>&1; then
    qtver=$(pkg-config --modversion Qt6Core 2>/dev/null || true)
  fi
  [ -n "${qtver:-}" ] || return 1
  local major minor
  major=${qtver%%.*}; minor=${qtver#*.}; minor=${minor%%.*}
  [ "$major" -gt 6 ] || { [ "$major" -eq 6 ] && [ "$minor" -ge 5 ]; } || return 1
  # KF6 SyntaxHighlighting's CMake package, wherever the prefix puts it.
  local d
  for d in /usr/lib/*/cmake /usr/lib/cmake /usr/lib64/cmake /usr/local/lib/cmake /opt/homebrew/lib/cmake \
           ${CMAKE_PREFIX_PATH//:/ }; do
    [ -e "$d/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake" ] && return 0
    [ -e "$d/lib/cmake/KF6SyntaxHighlighting/KF6SyntaxHighlightingConfig.cmake" ] && return 0
  done 2>/dev/null
  return 1
}

kv_env_kind() {
  case "${KVDOCTOR_ENV:-auto}" in
    native) echo native ;;
    buildroot) echo buildroot ;;
    auto) if kv_host_is_native_capable; then echo native; else echo buildroot; fi ;;
    *) kv_die "KVDOCTOR_ENV must be native, buildroot or auto (is '${KVDOCTOR_ENV}')" ;;
  esac
}

kv_describe_env() {
  local kind; kind=$(kv_env_kind)
  if [ "$kind" = native ]; then
    echo "native (host Qt and KF6 SyntaxHighlighting)"
  else
    local root; root=$(kv_buildroot)
    if [ -f "$root/.kvdoctor-ready" ]; then echo "buildroot $root (ready)"; else echo "buildroot $root (not ready)"; fi
  fi
}

# The Debian mirror the host's apt sources name (deb822 or one-line format), else the default.
kv_mirror() {
  if [ -n "${KVDOCTOR_MIRROR:-}" ]; then echo "$KVDOCTOR_MIRROR"; return; fi
  local uri
  uri=$(cat /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list 2>/dev/null \
        | grep -Eo 'https?://[^ ]+/debian/?( |$)' | grep -v security | head -n1 | tr -d ' ')
  echo "${uri:-http://deb.debian.org/debian}"
}

# Unmount anything still mounted below DIR (left by a killed process without its own namespace).
kv_unmount_all() {
  local dir=$1 m
  [ -d "$dir" ] || return 0
  for m in $(awk -v d="$dir" 'index($2, d) == 1 {print $2}' /proc/mounts | sort -r); do
    umount -l "$m" 2>/dev/null || true
  done
}
