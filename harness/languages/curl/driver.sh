#!/usr/bin/env bash
# docs-harness curl driver: runs each snippet file with bash in page order; markers on stdout/stderr, events on fd 3.
while IFS=$'\t' read -r -u 4 id file; do
  printf '\036DH:%s\036\n' "$id"
  printf '\036DH:%s\036\n' "$id" >&2
  printf '{"event":"start","id":"%s"}\n' "$id" >&3
  start=$(date +%s%3N)
  bash "$file" 3>&- </dev/null
  rc=$?
  took=$(( $(date +%s%3N) - start ))
  if [ "$rc" -eq 0 ]; then
    printf '{"event":"end","id":"%s","status":"ok","durationMs":%d}\n' "$id" "$took" >&3
  else
    printf '{"event":"end","id":"%s","status":"error","durationMs":%d,"error":{"kind":"runtime","message":"the script exited with code %d"}}\n' "$id" "$took" "$rc" >&3
  fi
  # With DH_BARRIER=1, wait for a newline on stdin while the harness reads server state.
  if [ "${DH_BARRIER:-}" = "1" ]; then read -r _; fi
done 4< "$1"
