# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run test test-long browser lint eval bench clean

$(BIN)/citeqa: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch pinned first: an unpinned torch pulls a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(BIN)/citeqa
	$(BIN)/citeqa ingest seeds
	$(BIN)/citeqa serve

test: $(BIN)/citeqa browser
	$(BIN)/python -m pytest -m "not slow"

# The slow tests: a soak under mixed load (minutes, not seconds).
test-long: $(BIN)/citeqa
	$(BIN)/python -m pytest -m slow

# The browser tests drive Debian's Chromium; under CI=true a missing browser fails them.
browser:
	@test -x /usr/bin/chromium || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium \
	  || echo "warning: could not install chromium; the browser tests will not run"; }

lint: $(BIN)/citeqa
	$(BIN)/ruff check src tests
	$(BIN)/mypy

eval: $(BIN)/citeqa
	for set in dev holdout blind fresh extra later probe names last unseen voices tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twentyfirst twentysecond twentythird twentyfourth twentyfifth twentysixth twentyseventh twentyeighth twentyninth thirtieth thirtyfirst thirtysecond thirtythird thirtyfourth thirtyfifth thirtysixth thirtyseventh thirtyeighth thirtyninth fortieth fortyfirst fortysecond fortythird fortyfourth fortyfifth fortysixth fortyseventh fortyeighth fortyninth fiftieth fiftyfirst fiftysecond fiftythird fiftyfourth fiftyfifth fiftysixth fiftyseventh fiftyeighth fiftyninth sixtieth sixtyfirst sixtysecond sixtythird sixtyfourth sixtyfifth sixtysixth sixtyseventh sixtyeighth sixtyninth seventieth seventyfirst seventysecond seventythird seventyfourth seventyfifth seventysixth seventyseventh seventyeighth seventyninth eightieth eightyfirst eightysecond eightythird eightyfourth eightyfifth eightysixth eightyseventh eightyeighth eightyninth ninetieth ninetyfirst ninetysecond ninetythird ninetyfourth ninetyfifth ninetysixth ninetyseventh ninetyeighth ninetyninth hundredth hundredfirst hundredsecond hundredthird hundredfourth hundredfifth hundredsixth hundredseventh hundredeighth hundredninth hundredtenth hundredeleventh hundredtwelfth hundredthirteenth hundredfourteenth hundredfifteenth hundredsixteenth hundredseventeenth hundredeighteenth hundrednineteenth final sealed vault; do $(BIN)/citeqa eval --questions eval/$$set.jsonl; done

bench: $(BIN)/citeqa
	$(BIN)/citeqa bench

clean:
	rm -rf $(VENV) data
