# Two commands on a fresh machine with only the .NET 10 SDK: `make demo` and `make test`.
PROVIDER_VERSION ?= 0.1.0-dev
CONFIGURATION    ?= Release
DOTNET           ?= dotnet
BIN              := $(CURDIR)/bin
PROVIDER_NAME    := pulumi-resource-alicloud-routerinterface
EMULATOR_NAME    := alicloud-vpc-emulator
DOTNET_FLAGS     := -c $(CONFIGURATION) -p:ProviderVersion=$(PROVIDER_VERSION) --nologo -v quiet

export DOTNET_CLI_TELEMETRY_OPTOUT := 1
export DOTNET_NOLOGO := 1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE := 1

.PHONY: all build provider emulator test demo bench soak dist install sdk schema clean

all: build

## build: the plugin and the emulator into bin/ (framework-dependent)
build: provider emulator

provider:
	$(DOTNET) publish provider/src/Alicloud.RouterInterface.Provider $(DOTNET_FLAGS) -o $(BIN)/lib/provider
	ln -sf lib/provider/$(PROVIDER_NAME) $(BIN)/$(PROVIDER_NAME)

emulator:
	$(DOTNET) publish emulator/src/Alicloud.Vpc.Emulator $(DOTNET_FLAGS) -o $(BIN)/lib/emulator
	ln -sf lib/emulator/$(EMULATOR_NAME) $(BIN)/$(EMULATOR_NAME)

## test: every test project against the built binaries; prints "N passed, N failed, N skipped"
test: build
	$(DOTNET) build PulumiRouterInterface.sln $(DOTNET_FLAGS)
	bash scripts/run-tests.sh $(CONFIGURATION)

## demo: the emulator, a realistic topology, `pulumi up` and `pulumi destroy` played by the engine harness
demo: build
	$(DOTNET) run --project demo/Alicloud.RouterInterface.Demo $(DOTNET_FLAGS) -- --bin $(BIN)

## bench: fleet teardown benchmark (writes bench/results/<date>.json)
bench: build
	$(DOTNET) run --project bench/Alicloud.RouterInterface.Bench $(DOTNET_FLAGS) -- --bin $(BIN)

clean:
	rm -rf $(BIN) dist
	$(DOTNET) clean PulumiRouterInterface.sln -v quiet --nologo
