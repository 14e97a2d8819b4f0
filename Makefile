# One task file for everything a contributor or an office needs.
#   make demo   set up and run the daemon once over the bundled demo mailbox
#   make test   set up everything the tests need (Dovecot included) and run the suite
#   make lint   ruff and mypy
#   make web    the web desk on the demo's week, with demo accounts (after make demo)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_NOW := 2021-02-04T16:31+07:00
DEMO_DESK_NOW := 2021-02-04T16:45+07:00
DEMO_ACCOUNTS := chuyenvien:clerk lanhdao:leader quantri:admin

.PHONY: install demo web screenshots test lint system-deps clean

$(BIN)/.installed: pyproject.toml
	@$(PYTHON) -c 'import ensurepip, venv' 2>/dev/null || { \
	  echo "installing python3-venv from Debian's packages (python3 -m venv needs it)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv >/dev/null; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

# `make install` also links the command into ~/.local/bin (on the PATH of most Debian and
# Ubuntu logins), unless a file of that name is already there; the compiled message
# catalogues (intake/locale/*/LC_MESSAGES/intake.mo) are committed, so nothing is built.
BINDIR ?= $(HOME)/.local/bin

# An editable install leaves intake's own modules to be compiled when first imported, and
# where PYTHONDONTWRITEBYTECODE is set that is at every start of every process (a third
# of a second of CPU each, the daemon's and every test's subprocess): compiled here, once,
# and again only for the files changed since.
install: $(BIN)/.installed
	@$(BIN)/python -m compileall -q intake
	@mkdir -p $(BINDIR)
	@if [ ! -e $(BINDIR)/intake ] || [ -L $(BINDIR)/intake ]; then \
	  ln -sfn $(abspath $(BIN))/intake $(BINDIR)/intake && \
	  echo "intake: $(BINDIR)/intake -> $(abspath $(BIN))/intake"; \
	else echo "intake: $(BINDIR)/intake exists and is not a link; use $(abspath $(BIN))/intake"; fi
	@case ":$$PATH:" in *":$(BINDIR):"*) ;; \
	  *) echo "$(BINDIR) is not on your PATH: add  export PATH=\"$(BINDIR):\$$PATH\"  to ~/.profile";; \
	esac

# Debian packages: the IMAP server the tests run, the converters of old Word files and
# of the report to PDF (LibreOffice), a font metrically equal to Times New Roman, and
# Tesseract with its Vietnamese data for scanned and photographed reports, and Chromium,
# which the web desk's tests drive through Playwright (never a downloaded browser), and
# PostgreSQL, which the store, pipeline and week tests run on besides SQLite (each test
# session starts its own server in /tmp: tests/postgres.py), and iproute2, whose network
# namespaces stand for another machine that vanishes (tests/netns.py).
SYSTEM_PACKAGES := dovecot-imapd antiword libreoffice-writer-nogui fonts-liberation2 \
                   tesseract-ocr tesseract-ocr-vie chromium postgresql iproute2

system-deps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing from Debian's packages:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

demo: install
	rm -rf out
	$(BIN)/python run_daemon.py --config config/demo.toml --once --now $(DEMO_NOW)
	@echo
	@echo "The demo report is in out/:"
	@ls -1 out/*.xlsx out/*.docx out/*.eml | sed 's/^/  /'
	@echo "  out/sent/: $$(ls out/sent | wc -l) messages as sent (acknowledgments, the summary)"
	@echo
	@echo "The web desk on this week (trang làm việc): make web, then open http://127.0.0.1:8780/"

# The desk on the demo's week, its clock at the demo's Thursday afternoon.  Accounts:
# chuyenvien (clerk), lanhdao (leader), quantri (admin); each password is demo-<name>.
web: install
	@[ -f out/data/intake.sqlite ] || $(MAKE) --no-print-directory demo
	@for pair in $(DEMO_ACCOUNTS); do name=$${pair%%:*}; role=$${pair##*:}; \
	  $(BIN)/intake user list --config config/demo.toml | grep -q "^$$name " || \
	  echo "demo-$$name" | $(BIN)/intake user add $$name --role $$role \
	    --config config/demo.toml --password-stdin; done
	@echo "Đăng nhập: chuyenvien / demo-chuyenvien (lanhdao, quantri: mật khẩu demo-<tên>)"
	$(BIN)/intake web --config config/demo.toml --now $(DEMO_DESK_NOW)

# docs/screenshots/*.png: every page of the desk on the demo's week, in Chromium.
screenshots: install system-deps
	$(BIN)/python docs/screenshots.py

# The suite's files are shared out among worker processes, one a core (at most four: each
# starts its own Dovecot, SMTP receiver and PostgreSQL); a file's tests stay together, in
# one process, so that a module's fixtures are made once.
test: install system-deps
	$(BIN)/python -m pytest -q -n auto --maxprocesses 4 --dist loadfile

lint: install
	$(BIN)/ruff check intake tests run_daemon.py bench docs
	$(BIN)/ruff format --check intake tests run_daemon.py bench docs
	$(BIN)/mypy intake

clean:
	rm -rf out .pytest_cache .ruff_cache
