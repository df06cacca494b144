# make install     build in release mode and install as a systemd service (as root)
# make uninstall   remove it, keeping /etc/articled and /var/lib/articled
# make test        the test suite
# make check-unit  systemd-analyze verify and security on systemd/articled.service
# make bench       build in release mode and run every benchmark on ARTICLES (README, "Benchmarks")
# PREFIX (default /usr/local) and DESTDIR are passed to the scripts.
PREFIX ?= /usr/local
DESTDIR ?=

ARTICLES ?= ../shared/samples/seeds/*.txt

.PHONY: install uninstall test check-unit bench

install:
	scripts/install.sh --prefix "$(PREFIX)" --destdir "$(DESTDIR)"

uninstall:
	scripts/uninstall.sh --prefix "$(PREFIX)" --destdir "$(DESTDIR)"

test:
	swift test

check-unit:
	systemd/check-unit.sh

bench:
	swift build -c release
	.build/release/articled-bench $(ARTICLES)
