# Two commands on a fresh machine with only the .NET 10 SDK: `make demo` and `make test`.
# One version for the plugin, the dist tarballs and the C# SDK (its version.txt and pulumi-plugin.json): VERSION.
PROVIDER_VERSION ?= $(shell cat $(CURDIR)/VERSION)
CONFIGURATION    ?= Release
DOTNET           ?= dotnet
BIN              := $(CURDIR)/bin
PROVIDER_NAME    := pulumi-resource-alicloud-routerinterface
EMULATOR_NAME    := alicloud-vpc-emulator
CONFORMANCE_NAME := alicloud-routerinterface-conformance
DOTNET_FLAGS     := -c $(CONFIGURATION) -p:ProviderVersion=$(PROVIDER_VERSION) --nologo -v quiet
DIST             := $(CURDIR)/dist
HOST_RID         := $(if $(filter aarch64 arm64,$(shell uname -m)),linux-arm64,linux-x64)
DIST_RIDS        ?= linux-x64 linux-arm64
PREFIX           ?= $(HOME)/.local
NPM              ?= npm
NPM_CI           := $(NPM) ci --no-audit --no-fund --loglevel=error
PACKAGE_TESTS    := tests/Alicloud.RouterInterface.Package.Tests
# How the plugin is compiled for this machine: Native AOT (starts in about 100 ms, ~40 MiB) when a C toolchain is
# there to link it, else ReadyToRun. `make build PLUGIN_COMPILE=r2r` forces the fallback.
PLUGIN_COMPILE   ?= $(if $(shell command -v cc || command -v gcc || command -v clang),aot,r2r)
PLUGIN_AOT_FLAGS := -p:PublishAot=true -p:DebugType=none
PLUGIN_R2R_FLAGS := -p:PublishReadyToRun=true

export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE := 1

.PHONY: all build provider emulator conformance-tool conformance test demo bench soak dist dist-plugin install sdk schema clean nodejs nodejs-sdk

all: build

## build: the plugin (Native AOT or ReadyToRun, see PLUGIN_COMPILE), the emulator and the conformance probe
## (framework-dependent) into bin/
build: provider emulator conformance-tool

# RID-specific builds get folders of their own (DistBuildRoot) so their restore never races the regular obj/.
provider:
	@echo "provider: $(PLUGIN_COMPILE) build for $(HOST_RID)"
	rm -rf $(BIN)/lib/provider
	$(DOTNET) publish provider/src/Alicloud.RouterInterface.Provider $(DOTNET_FLAGS) -r $(HOST_RID) \
	  $(if $(filter aot,$(PLUGIN_COMPILE)),$(PLUGIN_AOT_FLAGS),--self-contained false $(PLUGIN_R2R_FLAGS)) \
	  -p:DistBuildRoot=$(BIN)/build -o $(BIN)/lib/provider
	ln -sf lib/provider/$(PROVIDER_NAME) $(BIN)/$(PROVIDER_NAME)

emulator:
	$(DOTNET) publish emulator/src/Alicloud.Vpc.Emulator $(DOTNET_FLAGS) -o $(BIN)/lib/emulator
	ln -sf lib/emulator/$(EMULATOR_NAME) $(BIN)/$(EMULATOR_NAME)

conformance-tool:
	$(DOTNET) publish tools/Alicloud.RouterInterface.Conformance $(DOTNET_FLAGS) -o $(BIN)/lib/conformance
	ln -sf lib/conformance/$(CONFORMANCE_NAME) $(BIN)/$(CONFORMANCE_NAME)

## conformance: does your account behave like the emulator? CONFORMANCE_FLAGS="--region cn-hangzhou" reads only and
## prints the plan; add --create-billable-resources --report report.json to answer B1-B10 (README)
conformance: conformance-tool
	$(BIN)/$(CONFORMANCE_NAME) $(CONFORMANCE_FLAGS)

## test: every test project against the built binaries and this machine's dist tarball, then the Node.js tests
## (scripts/nodejs-tests.sh); prints "N passed, N failed, N skipped" counting both
test: DIST_RIDS := $(HOST_RID)
test: build dist nodejs
	$(DOTNET) build PulumiRouterInterface.sln $(DOTNET_FLAGS)
	bash scripts/run-tests.sh $(CONFIGURATION)

## demo: the emulator, a realistic topology, `pulumi up` and `pulumi destroy` played by the engine harness (DEMO_FLAGS=--fast|--no-color);
## DEMO_FLAGS=--csharp runs examples/csharp as a real program through the Pulumi .NET SDK (needs the feed in ../shared/nuget);
## DEMO_FLAGS=--typescript runs examples/typescript through the Node.js SDK as the Node.js language host starts it (after make nodejs)
demo: build $(if $(findstring --typescript,$(DEMO_FLAGS)),nodejs)
	$(DOTNET) build demo/Alicloud.RouterInterface.Demo $(DOTNET_FLAGS)
	$(DOTNET) run --project demo/Alicloud.RouterInterface.Demo -c $(CONFIGURATION) --no-build -- --bin $(BIN) $(DEMO_FLAGS)

## bench: fleet teardown benchmark (writes bench/results/<date>.json, prints a Markdown table; BENCH_FLAGS="--quick", "--scenario fleet-50", …)
bench: build
	$(DOTNET) build bench/Alicloud.RouterInterface.Bench $(DOTNET_FLAGS)
	$(DOTNET) run --project bench/Alicloud.RouterInterface.Bench -c $(CONFIGURATION) --no-build -- --bin $(BIN) $(BENCH_FLAGS)

## soak: the long fault soak (SOAK_RUNS seeded destroy runs, default 200, on SOAK_WORKERS emulators, default 2; SOAK_SEED;
## SOAK_PROFILE, default random: every run on its own seeded mix of the emulator's variants, strict in make test);
## ends with its SOAK SUMMARY line. `make test` runs a short one (8 runs) in the reliability tests.
soak: SOAK_RUNS ?= 200
soak: SOAK_WORKERS ?= 2
soak: SOAK_PROFILE ?= random
soak: build
	SOAK_RUNS=$(SOAK_RUNS) SOAK_WORKERS=$(SOAK_WORKERS) SOAK_PROFILE=$(SOAK_PROFILE) $(DOTNET) test tests/Alicloud.RouterInterface.Reliability.Tests $(DOTNET_FLAGS) \
	  --filter "FullyQualifiedName~FaultSoakTests" --logger "console;verbosity=detailed"

## nodejs-sdk: sdk/nodejs installed from its lockfile (npm ci) and compiled (tsc --strict) into sdk/nodejs/bin
nodejs-sdk:
	rm -rf sdk/nodejs/bin
	cd sdk/nodejs && $(NPM_CI) && $(NPM) run build --silent

## nodejs: nodejs-sdk, then examples/typescript installed from its lockfile (the SDK as a packed copy) and compiled
nodejs: nodejs-sdk
	rm -rf examples/typescript/bin
	cd examples/typescript && $(NPM_CI) && $(NPM) run build --silent

## dist: dist-plugin, and the Node.js SDK as `npm pack` names it: dist/alicloud-routerinterface-pulumi-<version>.tgz
dist: dist-plugin nodejs-sdk
	bash scripts/pack-nodejs-sdk.sh $(PROVIDER_VERSION) $(DIST)

## dist-plugin: self-contained single-file plugin per RID in DIST_RIDS (Native AOT for this machine's RID when
## PLUGIN_COMPILE=aot, else ReadyToRun single-file), packed as dist/$(PROVIDER_NAME)-v<version>-linux-<amd64|arm64>.tar.gz
dist-plugin:
	@mkdir -p $(DIST)
	@set -e; for rid in $(DIST_RIDS); do \
	  case $$rid in linux-x64) arch=amd64 ;; linux-arm64) arch=arm64 ;; *) echo "dist: unsupported RID $$rid" >&2; exit 1 ;; esac; \
	  stage=$(DIST)/stage/$$rid; rm -rf $$stage; mkdir -p $$stage/pack; \
	  echo "dist: publishing $$rid"; \
	  if [ "$$rid" = "$(HOST_RID)" ] && [ "$(PLUGIN_COMPILE)" = aot ]; then how="$(PLUGIN_AOT_FLAGS)"; \
	  else how="--self-contained true -p:PublishSingleFile=true -p:DebugType=none $(PLUGIN_R2R_FLAGS)"; fi; \
	  $(DOTNET) publish provider/src/Alicloud.RouterInterface.Provider $(DOTNET_FLAGS) -r $$rid $$how \
	    -p:DistBuildRoot=$(DIST)/build/$$rid -o $$stage/publish; \
	  cp $$stage/publish/$(PROVIDER_NAME) $$stage/pack/; \
	  for doc in README.md LICENSE CHANGELOG.md; do if [ -f $$doc ]; then cp $$doc $$stage/pack/; fi; done; \
	  tarball=$(DIST)/$(PROVIDER_NAME)-v$(PROVIDER_VERSION)-linux-$$arch.tar.gz; \
	  tar -C $$stage/pack --owner=0 --group=0 -czf $$tarball $$(ls $$stage/pack); \
	  echo "dist: $$tarball ($$(du -h $$tarball | cut -f1))"; \
	done

## install: this machine's self-contained plugin into $(PREFIX)/bin (PREFIX ?= ~/.local), where Pulumi finds it on PATH
install: DIST_RIDS := $(HOST_RID)
install: dist-plugin
	install -d $(PREFIX)/bin
	install -m 0755 $(DIST)/stage/$(HOST_RID)/publish/$(PROVIDER_NAME) $(PREFIX)/bin/$(PROVIDER_NAME)
	@echo "installed $(PREFIX)/bin/$(PROVIDER_NAME) (put $(PREFIX)/bin on PATH)"

## sdk: sdk/dotnet and examples/ against schema.json (Roslyn), then both compiled against the Pulumi .NET SDK feed in
## ../shared/nuget (skipped when absent): the example's tests, our Deployment.TestAsync checks, a pack with a version
sdk:
	$(DOTNET) test $(PACKAGE_TESTS) $(DOTNET_FLAGS) --filter "FullyQualifiedName~.Sdk.|FullyQualifiedName~.Examples." \
	  --logger "console;verbosity=normal"

## schema: check schema.json (the answer of GetSchema) against the Pulumi metaschema, the contract and its formatting
schema:
	$(DOTNET) test $(PACKAGE_TESTS) $(DOTNET_FLAGS) --filter "FullyQualifiedName~.Schema."

clean:
	rm -rf $(BIN) dist sdk/nodejs/bin examples/typescript/bin
	$(DOTNET) clean PulumiRouterInterface.sln -v quiet --nologo
