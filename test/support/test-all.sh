#!/bin/sh
# Every test: builds, typechecks and unit tests of every package in parallel, then
# the browser suites one at a time (two chromiums on two cores time out). Each part
# runs to the end even if another failed; the exit code is non-zero if any did.
turbo run build typecheck test --continue --output-logs=new-only
units=$?
turbo run test:storybook test:e2e --continue --concurrency=1 --output-logs=new-only
browsers=$?
[ "$units" -eq 0 ] && [ "$browsers" -eq 0 ]
