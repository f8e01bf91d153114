# bantin — the two commands of the README:
#   make site   installs what is missing, builds the tool, builds the example site into public/
#   make test   installs what is missing, runs every test
SWIFT ?= swift
BANTIN := .build/release/bantin
# C code with DWARF 4 debug info, which Debian's valgrind 3.19 can read (clang's default is 5).
TESTFLAGS := -Xcc -gdwarf-4

# Installing: `make install` (PREFIX=/usr/local, DESTDIR= for staging) builds the release binary and
# puts it on the PATH; INSTALL_FROM=path installs another build of it (the tests install the debug one).
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL_FROM ?= $(BANTIN)
VERSION := $(shell sed -n 's/.*current = "\(.*\)".*/\1/p' Sources/bantin/Version.swift)

.PHONY: site test fuzz deps deps-test deps-bench release templates bench score clean install deb deb-binary

site: deps release
	$(BANTIN) build

# The Swift tests run last, so their summary closes the output.
test: deps-test
	scripts/check-layers.sh
	$(SWIFT) build --build-tests $(TESTFLAGS)
	scripts/leak-check.sh
	python3 scripts/test_extraction_score.py
	python3 scripts/extraction_score.py --bantin .build/debug/bantin
	python3 scripts/test_check_real_cases.py
	python3 scripts/check_real_cases.py
	python3 scripts/check_real_cases.py --cases Tests/BantinKitTests/Fixtures/synthetic
	python3 scripts/check_real_scores.py --bantin .build/debug/bantin
	$(SWIFT) test $(TESTFLAGS)

# The fuzzer of issue 13: FUZZ_CASES seeded mutations of real inputs through the reader and the
# extraction (MutationFuzzTests, release build; `make test` runs the first 1,000 in debug), then the
# libFuzzer target over the same stages for FUZZ_SECONDS (scripts/libfuzzer.sh, own build).
FUZZ_CASES ?= 100000
FUZZ_SECONDS ?= 600
fuzz: deps-test
	$(SWIFT) build -c release --build-tests -Xswiftc -enable-testing $(TESTFLAGS)
	rm -f $${TMPDIR:-/tmp}/bantin-fuzz-running-*
	BANTIN_FUZZ_CASES=$(FUZZ_CASES) $(SWIFT) test -c release --skip-build -Xswiftc -enable-testing $(TESTFLAGS) --filter MutationFuzzTests \
	  || { cat $${TMPDIR:-/tmp}/bantin-fuzz-running-* 2>/dev/null; exit 1; }
	scripts/libfuzzer.sh $(FUZZ_SECONDS)

deps:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test

deps-bench:
	@scripts/install-deps.sh bench

release:
	$(SWIFT) build -c release --product bantin

install: $(if $(filter $(BANTIN),$(INSTALL_FROM)),release)
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/doc/bantin"
	install -m 755 "$(INSTALL_FROM)" "$(DESTDIR)$(PREFIX)/bin/bantin"
	install -m 644 README.md "$(DESTDIR)$(PREFIX)/share/doc/bantin/README.md"
	for f in docs/*; do [ -f "$$f" ] && install -m 644 "$$f" "$(DESTDIR)$(PREFIX)/share/doc/bantin/" || true; done

# The Debian package for the intranet server (dist/bantin_<version>_<arch>.deb): the release binary with
# the Swift runtime linked in, so the server needs no Swift. DEB_FROM=path packages another build.
DEB_FROM ?= .build-deb/release/bantin
deb: $(if $(filter .build-deb/release/bantin,$(DEB_FROM)),deb-binary)
	scripts/make-deb.sh "$(DEB_FROM)" "$(VERSION)"

deb-binary: deps
	$(SWIFT) build -c release --static-swift-stdlib --product bantin --scratch-path .build-deb

# Regenerate the built-in templates after editing templates/ (a test checks they agree).
templates:
	scripts/embed-templates.sh

# 1,000 and 10,000 generated conclusions beside cmark and Hugo, each in one invocation (the ratios
# compare only figures of one run), then the rebuild after editing one of them against a full build
# (scripts/bench-rebuild.sh); the 10,000 runs take a while. `BENCH_RUNS=1 make bench` for one
# timed run of each tool.
BENCH_RUNS ?= 3
BENCH_CMD := '$(CURDIR)/$(BANTIN) build --quiet --no-cache --content {content} --output {out}'
bench: deps-bench release
	BANTIN_CMD=$(BENCH_CMD) bash ../shared/bench/compare.sh 1000 $(BENCH_RUNS)
	BANTIN_CMD=$(BENCH_CMD) PANDOC_FILES=0 CMARK_LOOP=0 bash ../shared/bench/compare.sh 10000 1
	scripts/bench-rebuild.sh 1000
	scripts/bench-rebuild.sh 10000

# The real texts FIRST-LAST of Fixtures/real that were once a held-out set, scored apart.
define score_once_held_out
	@echo
	@echo "Of which the real texts $(1)-$(2) (once a held-out set; scripts/check_real_scores.py holds them to their own bar):"
	python3 scripts/real_score.py --bantin .build/debug/bantin --cases Tests/BantinKitTests/Fixtures/real $(foreach n,$(shell seq $(1) $(2)),--only $(n))
endef

# Precision and recall of units and deadlines: the example corpus and the seed (must stay exact),
# then, apart, the real public texts and our unsectioned synthetic conclusions.
score:
	$(SWIFT) build --product bantin
	python3 scripts/extraction_score.py -v
	@echo
	@echo "Real texts (Tests/BantinKitTests/Fixtures/real):"
	python3 scripts/real_score.py --bantin .build/debug/bantin --cases Tests/BantinKitTests/Fixtures/real
	@echo
	@echo "Of which the real texts 100-119 (notices, schedules, military-service councils, working sessions, per-unit headings):"
	python3 scripts/real_score.py --bantin .build/debug/bantin --cases Tests/BantinKitTests/Fixtures/real $(foreach n,$(shell seq 100 119),--only $(n))
	@echo
	@echo "Synthetic unsectioned conclusions (Tests/BantinKitTests/Fixtures/synthetic):"
	python3 scripts/real_score.py --bantin .build/debug/bantin --cases Tests/BantinKitTests/Fixtures/synthetic
	$(call score_once_held_out,401,421)
	$(call score_once_held_out,501,539)
	$(call score_once_held_out,601,628)
	$(call score_once_held_out,701,730)
	$(call score_once_held_out,801,830)
	$(call score_once_held_out,901,930)
	@echo
	python3 scripts/check_real_scores.py --bantin .build/debug/bantin

clean:
	rm -rf .build .build-deb public dist
