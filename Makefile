# bantin — the two commands of the README:
#   make site   installs what is missing, builds the tool, builds the example site into public/
#   make test   installs what is missing, runs every test
SWIFT ?= swift
BANTIN := .build/release/bantin

.PHONY: site test deps deps-test release templates bench clean

site: deps release
	$(BANTIN) build

test: deps-test
	$(SWIFT) build --build-tests
	$(SWIFT) test

deps:
	@scripts/install-deps.sh build

deps-test:
	@scripts/install-deps.sh test

release:
	$(SWIFT) build -c release --product bantin

# Regenerate the built-in templates after editing templates/ (a test checks they agree).
templates:
	scripts/embed-templates.sh

bench: deps release
	BANTIN_CMD='$(CURDIR)/$(BANTIN) build --quiet --content {content} --output {out}' bash ../shared/bench/compare.sh 1000

clean:
	rm -rf .build public
