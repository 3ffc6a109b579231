# The two commands of README.md, and a few more for working on doorplan.
.PHONY: serve test build single bench bench-web size setup

serve: ## build the app and serve it on http://127.0.0.1:8080/
	scripts/serve.sh

test: ## run every test (installs what is missing first)
	scripts/test.sh

setup:
	scripts/setup.sh

build:
	scripts/setup.sh build
	PATH="$$HOME/.cargo/bin:$$PWD/node_modules/.bin:$$PATH" trunk build --release --offline

single: build ## one self-contained HTML file (dist-single/doorplan.html) that opens from disk
	node scripts/single-file.mjs

bench: ## criterion benchmarks of the engine (figures go to BENCHMARKS.md)
	cargo bench -p doorplan --bench check

bench-web: ## browser figures: edit → verdict, drag frames, first verdict, sizes
	scripts/bench-web.sh

size: build ## gzip sizes of the release bundle
	scripts/size.sh
