# bantin — the two commands of the README:
#   make site   installs what is missing, builds the tool, builds the example site into public/
#   make test   installs what is missing, runs every test
SWIFT ?= swift
BANTIN := .build/release/bantin
# C code with DWARF 4 debug info, which Debian's valgrind 3.19 can read (clang's default is 5).
TESTFLAGS := -Xcc -gdwarf-4

.PHONY: site test deps deps-test release templates bench score clean

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

deps:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test

release:
	$(SWIFT) build -c release --product bantin

# Regenerate the built-in templates after editing templates/ (a test checks they agree).
templates:
	scripts/embed-templates.sh

# 1,000 and 10,000 generated conclusions beside cmark and Hugo, each in one invocation (the ratios
# compare only figures of one run); the 10,000 run takes a while. `BENCH_RUNS=1 make bench` for one
# timed run of each tool.
BENCH_RUNS ?= 3
BENCH_CMD := '$(CURDIR)/$(BANTIN) build --quiet --content {content} --output {out}'
bench: deps release
	BANTIN_CMD=$(BENCH_CMD) bash ../shared/bench/compare.sh 1000 $(BENCH_RUNS)
	BANTIN_CMD=$(BENCH_CMD) PANDOC_FILES=0 CMARK_LOOP=0 bash ../shared/bench/compare.sh 10000 1

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
	@echo
	python3 scripts/check_real_scores.py --bantin .build/debug/bantin

clean:
	rm -rf .build public
