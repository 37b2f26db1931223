# siqing: two commands do all the set-up on a fresh Debian or Ubuntu machine.
#   make demo   the whole flow on the bundled sample sites; prints the briefing PDF's path last
#   make test   the test suite
#   make lint   ruff and mypy          make bench   the benchmarks (long)
#   make bundle the offline installer (dist/siqing-offline-*.tar.gz)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.siqing-installed
FONTS  := $(VENV)/.siqing-fonts
TESTDEPS := $(VENV)/.siqing-test-deps

.PHONY: demo test lint bench bundle install fonts clean

demo: $(STAMP) $(FONTS)
	@$(BIN)/siqing demo

# The suite in TEST_WORKERS processes (pytest-xdist), each test file whole in one of them (module fixtures stay
# shared); TEST_WORKERS=0 runs it in this one process.
TEST_WORKERS ?= 2
test: $(STAMP) $(FONTS) $(TESTDEPS)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadfile

lint: $(STAMP)
	$(BIN)/ruff check siqing crawlers processing briefings tests bench scripts
	$(BIN)/mypy

# Every bench runs; the target fails at the end when any bench did (an anchor overtaking us, a target missed).
bench: $(STAMP) $(FONTS)
	@rc=0; for b in bench/bench_*.py; do $(BIN)/python $$b || { echo "bench failed: $$b" >&2; rc=1; }; done; exit $$rc

# The offline installer for intranets: dist/siqing-offline-VERSION-pyXY-ARCH.tar.gz (see scripts/bundle/README.md).
bundle: $(STAMP) $(FONTS)
	$(BIN)/python scripts/build_bundle.py

install: $(STAMP)

# The virtualenv, with every dependency pinned (constraints.txt pins the transitive ones too).
$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { [ "$$(id -u)" = 0 ] && \
	  apt-get update -qq && apt-get install -y -qq python3-venv && rm -rf $(VENV) && $(PYTHON) -m venv $(VENV); } || \
	  { echo "error: cannot create $(VENV); run: sudo apt-get install python3-venv" >&2; exit 1; }
	$(BIN)/python -m pip install -q --upgrade "pip>=24"
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev]"
	@touch $@

# Chinese fonts (FandolFang 仿宋 and friends, Noto CJK) and the PDF tools; as root through apt,
# otherwise the script prints the one command to run.
$(FONTS): scripts/install-fonts.sh
	@sh scripts/install-fonts.sh
	@mkdir -p $(VENV) && touch $@

# Debian's chromium for the console's browser tests (tests/web), as root through apt.
$(TESTDEPS): scripts/install-test-deps.sh
	@sh scripts/install-test-deps.sh
	@mkdir -p $(VENV) && touch $@

clean:
	rm -rf data/demo .pytest_cache .mypy_cache .ruff_cache
