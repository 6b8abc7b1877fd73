# aimcgen: the two commands of the README.
#   make        install missing tools, build, generate the default macro, run its smoke simulation
#   make test   install missing tools, run every test (unit, golden, lint, synthesis, simulation)
# Also: make generate PRESET=configs/tiny.yaml, make sim (real VMMs through the default macro),
# make golden (refresh committed outputs), make bench (generator and simulation speed).

PRESET  ?= configs/aidac-1024x256.yaml
MACRO   ?= $(shell sed -n 's/^  name: *//p' $(PRESET) | head -1)
MVN     := mvn -q -B
SIM     ?= verilator
VMMS    ?= 20

.PHONY: all tools build generate smoke sim test bench slurm-test golden clean
all: smoke

tools:
	@scripts/install-tools

build: tools
	$(MVN) package -DskipTests

generate: build
	scripts/aimcgen generate $(PRESET)

smoke: generate
	$(MAKE) -C sim/$(MACRO) smoke

# Real VMMs through the RTL and the real-number analog array, against the Java model.
sim: build
	scripts/aimcgen simulate $(PRESET) --sim $(SIM) --vmms $(VMMS)

# The wall time of a passing run lands in target/make-test.seconds, for 'make bench'.
test: tools
	@start=$$(date +%s.%N); \
	mvn -B package && scripts/cli-smoke && scripts/slurm-test || exit 1; \
	awk -v a="$$start" -v b="$$(date +%s.%N)" 'BEGIN { printf "%.0f\n", b - a }' > target/make-test.seconds; \
	echo "make test: passed in $$(cat target/make-test.seconds) s"

bench: build
	scripts/bench

# The Slurm executor against a real single-node cluster started on this machine (root; it says
# why it skips otherwise). make test runs it too.
slurm-test: build
	scripts/slurm-test

golden: build
	scripts/update-golden

clean:
	$(MVN) clean
	rm -rf sim/*/build
