# claims: make run | make test | make bench | make test-browser
SWIFT ?= swift
SEEDS ?= seeds
BENCH_DATA ?= ../shared/bench/reuters21578 ../shared/bench/bbc-news

.PHONY: run build release test bench deps test-browser clean docs golden

# Installs libedit-dev when pkg-config cannot find libedit (Debian/Ubuntu, needs root or sudo).
deps:
	@if ! pkg-config --exists libedit 2>/dev/null; then \
		echo "libedit not found: installing libedit-dev and pkg-config with apt-get"; \
		SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libedit-dev pkg-config >/dev/null; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product claims

run: release
	./.build/release/claims $(SEEDS)

test: deps
	$(SWIFT) build --build-tests
	python3 scripts/check-export.py .build/debug/claims
	$(SWIFT) test --skip-build --disable-swift-testing

bench: deps
	$(SWIFT) build -c release --product claims-bench
	$(SWIFT) build -c release --product claims
	./.build/release/claims-bench run $(BENCH_DATA)

# Opens the HTML timeline of seeds/ in headless Chromium (installed with apt-get when missing):
# fails on a console error or a page without events, and leaves a screenshot to look at.
test-browser: deps
	@command -v chromium >/dev/null 2>&1 || { SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	bash scripts/test-browser.sh seeds

clean:
	rm -rf .build

# Regenerates docs/commands.md from the command registry.
docs: build
	./.build/debug/claims --commands-markdown > docs/commands.md

# Rewrites the golden outputs of examples/*.claims; review the diff by eye before committing.
golden: build
	@for f in examples/*.claims; do ./.build/debug/claims seeds -f $$f > $${f%.claims}.out || exit 1; done
	git --no-pager diff --stat -- examples
