# PortalDesk — make demo, make test, make bench.
#
# Every command runs through packaging/rootfs/pdenv: natively on Debian 13 (or newer), inside a Debian 13 rootfs
# on Debian 12, which the first run provisions by itself (needs root or sudo and the Debian mirror).
#
#   make env     set up the toolchain only
#   make build   configure (preset "default", build/default) and build everything
#   make test    build, then run the whole test suite (ctest --preset default) and the fuzzers; fails on any failure
#   make fuzz    build the libFuzzer targets with clang (preset "fuzz") and fuzz each for FUZZ_SECONDS (default 60)
#   make demo    build, start portald --demo and portaldesk signed in as the demo editor; closing the window stops portald
#   make bench   build the "release" preset and run tests/bench, writing build/bench/results.json
#   make clean   remove build/default, build/release and build/bench (the demo's data is kept)
#   make demo-reset  forget the demo's data (DEMO_DATA)
#   make package       make build, then the .deb files from it (stripped) in build/default/packages
#   make test-package  make package, then lintian/appstreamcli/desktop-file checks and an install test in a clean Debian 13
#   make guide-images  copy the screenshots of the last make test (SCREENSHOTS dirs) that the user guide shows
#
# Variables: JOBS (parallel compile jobs, default 2), DEMO_PORT (default 8470; 0 picks a free one),
# DEMO_DATA (default build/demo-data), PORTALDESK_DEMO_HEADLESS=1 (run the demo under Xvfb and save a screenshot),
# BENCH_RUNS (start-up repetitions, default 15), BENCH_REQUESTS (requests per latency figure, default 300),
# FUZZ_SECONDS (per fuzzer in make fuzz, default 60), TEST_FUZZ_SECONDS (per fuzzer in make test, default 60).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PDENV          := packaging/rootfs/pdenv
JOBS           ?= 2
DEMO_PORT      ?= 8470
DEMO_DATA      ?= build/demo-data
BENCH_RUNS     ?= 15
BENCH_REQUESTS ?= 300
FUZZ_SECONDS   ?= 60
TEST_FUZZ_SECONDS ?= 60
PORTALDESK_DEMO_HEADLESS ?= 0
SCREENSHOTS    ?= build/screenshots

.PHONY: help env build test fuzz demo demo-reset bench clean package test-package guide-images

help:
	@sed -n '3,21p' Makefile | sed 's/^# \{0,1\}//'

env:
	$(PDENV) setup

build: env
	$(PDENV) run cmake --preset default
	$(PDENV) run cmake --build --preset default -j $(JOBS)

# make test fuzzes each target for 60 s; the three run side by side (libFuzzer's
# -max_total_time is wall-clock time), so together they add about one minute.
test: build
	$(PDENV) run ctest --preset default
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=$(TEST_FUZZ_SECONDS)

# The sanitiser, the JSON request decoder and the upload sniffer under ASan + UBSan; any finding fails.
fuzz: env
	$(PDENV) run cmake --preset fuzz
	$(PDENV) run cmake --build --preset fuzz --target pd_fuzzers -j $(JOBS)
	$(PDENV) run env PD_FUZZ_SECONDS=$(FUZZ_SECONDS) ctest --test-dir build/fuzz -L fuzz --output-on-failure -j 3

demo:
	@PORTALDESK_DEMO_HEADLESS=$(PORTALDESK_DEMO_HEADLESS) packaging/demo/run-demo --preflight
	$(MAKE) --no-print-directory build
	$(PDENV) run env PORTALDESK_DEMO_HEADLESS=$(PORTALDESK_DEMO_HEADLESS) \
		packaging/demo/run-demo build/default/bin $(DEMO_DATA) $(DEMO_PORT)

# Release build of the whole tree: the figures are for the programs users run, not a debug build.
bench: env
	$(PDENV) run cmake --preset release
	$(PDENV) run cmake --build --preset release -j $(JOBS)
	$(PDENV) run build/release/bin/pd_bench_runner --manifest tests/bench/benchmarks.json \
		--bin build/release/bin --output build/bench/results.json \
		--runs $(BENCH_RUNS) --requests $(BENCH_REQUESTS)

demo-reset:
	rm -rf $(DEMO_DATA)

clean:
	rm -rf build/default build/release build/bench build/fuzz

# Debian packages from the optimised build (preset default) that make test uses (so CI builds once), stripped by CPack;
# Depends from dpkg-shlibdeps.
package: build
	rm -f build/default/packages/*.deb
	$(PDENV) run cpack --config build/default/CPackConfig.cmake

test-package: package
	packaging/test-package build/default/packages

guide-images:
	packaging/guide-images docs/user-guide/images $(SCREENSHOTS)
