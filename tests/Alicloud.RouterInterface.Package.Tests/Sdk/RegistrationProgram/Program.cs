using System.Reflection;
using Pulumi;
using Pulumi.AlicloudRouterInterface;
using Pulumi.Testing;
using RegistrationProgram;

// The README's pair under Deployment.TestAsync: what the engine would be asked to register (types, inputs,
// provider references, the plugin version), the SDK's secret wrapping, and a second deployment in this process
// that must read its own configuration. Arguments: the expected SDK version.
const string RouterInterfaceType = "alicloud-routerinterface:index:RouterInterface";
const string ProviderType = "pulumi:providers:alicloud-routerinterface";
const string Project = "readme-pair";
const string Stack = "ci";

var expectedVersion = args.Length > 0 ? args[0] : throw new ArgumentException("usage: RegistrationProgram <expected SDK version>");
var checks = new Checks();

var first = await DeployAsync("cn-hangzhou");
Console.WriteLine("deployment 1 (alicloud-routerinterface:region = cn-hangzhou):");
var shanghai = first.Single(ProviderType, "shanghai");
// Children of the stack carry its type in their URN, as the engine gives them.
var shanghaiUrn = $"urn:pulumi:{Stack}::{Project}::pulumi:pulumi:Stack${ProviderType}::shanghai";
checks.Equal(3, first.Registrations.Count, "registrations (one explicit provider, two interfaces; the engine makes the default provider)");
checks.Equal("cn-shanghai", shanghai.Inputs.GetValueOrDefault("region") as string, "provider shanghai: region");
checks.Equal("http://127.0.0.1:8080", shanghai.Inputs.GetValueOrDefault("endpoint") as string, "provider shanghai: endpoint");
checks.Equal("emulator-dev", shanghai.Inputs.GetValueOrDefault("accessKey") as string, "provider shanghai: accessKey reaches the engine");
checks.Equal("", shanghai.Id ?? "", "provider shanghai: registered as new (empty import ID)");

var acceptor = first.Single(RouterInterfaceType, "acceptor");
checks.Equal($"{shanghaiUrn}::{RecordingMocks.IdOf("shanghai")}", acceptor.Provider, "acceptor: provider reference is shanghai's URN::ID");
checks.Equal("vrt-acceptor", acceptor.Inputs.GetValueOrDefault("routerId") as string, "acceptor: routerId");
checks.Equal("AcceptingSide", acceptor.Inputs.GetValueOrDefault("role") as string, "acceptor: role");
checks.Equal("Negative", acceptor.Inputs.GetValueOrDefault("spec") as string, "acceptor: spec");
checks.Equal("cn-hangzhou", acceptor.Inputs.GetValueOrDefault("oppositeRegionId") as string, "acceptor: oppositeRegionId from Config.Region");
checks.Equal(true, acceptor.Inputs.GetValueOrDefault("force") as bool?, "acceptor: force");
checks.Equal(false, acceptor.Inputs.GetValueOrDefault("connect") as bool?, "acceptor: connect (the SDK's default)");
checks.That(!acceptor.Inputs.ContainsKey("oppositeInterfaceId"), "acceptor: no oppositeInterfaceId");

var initiator = first.Single(RouterInterfaceType, "initiator");
checks.That(string.IsNullOrEmpty(initiator.Provider), $"initiator: the default provider (no provider reference, got '{initiator.Provider}')");
checks.Equal(RecordingMocks.IdOf("acceptor"), initiator.Inputs.GetValueOrDefault("oppositeInterfaceId") as string, "initiator: oppositeInterfaceId is the acceptor's ID");
checks.Equal("InitiatingSide", initiator.Inputs.GetValueOrDefault("role") as string, "initiator: role");
checks.Equal("Mini.2", initiator.Inputs.GetValueOrDefault("spec") as string, "initiator: spec");
checks.Equal("vrt-acceptor", initiator.Inputs.GetValueOrDefault("oppositeRouterId") as string, "initiator: oppositeRouterId");
checks.Equal(true, initiator.Inputs.GetValueOrDefault("connect") as bool?, "initiator: connect");
checks.Equal(true, initiator.Inputs.GetValueOrDefault("force") as bool?, "initiator: force");

// Secrets: the SDK wraps credentials before they leave the program; the engine then keeps them encrypted.
var credentials = ReadmePairStack.ShanghaiArgs;
checks.That(await Output.IsSecretAsync<string>(credentials.AccessKey!), "ProviderArgs.AccessKey is secret");
checks.That(await Output.IsSecretAsync<string>(credentials.SecretKey!), "ProviderArgs.SecretKey is secret");
checks.That(await Output.IsSecretAsync<string>(credentials.SecurityToken!), "ProviderArgs.SecurityToken is secret");
checks.That(!await Output.IsSecretAsync<string>(credentials.Region!), "ProviderArgs.Region is not secret");
checks.That(!await Output.IsSecretAsync<string>(credentials.Endpoint!), "ProviderArgs.Endpoint is not secret");

// The plugin version every registration asks for: the packed version, embedded as version.txt.
var resourceType = typeof(RouterInterface).GetCustomAttribute<ResourceTypeAttribute>();
checks.Equal(RouterInterfaceType, resourceType?.Type, "RouterInterface's resource type");
checks.Equal(expectedVersion, resourceType?.Version, "RouterInterface asks for the plugin version");
checks.Equal(expectedVersion, typeof(Provider).GetCustomAttribute<ResourceTypeAttribute>()?.Version, "Provider asks for the plugin version");
checks.Equal(expectedVersion, ReadEmbedded(typeof(Provider).Assembly, "Pulumi.AlicloudRouterInterface.version.txt").Trim(), "embedded version.txt");
var pluginJson = ReadEmbedded(typeof(Provider).Assembly, "Pulumi.AlicloudRouterInterface.pulumi-plugin.json");
checks.That(pluginJson.Contains($"\"version\": \"{expectedVersion}\"", StringComparison.Ordinal)
    && pluginJson.Contains("\"name\": \"alicloud-routerinterface\"", StringComparison.Ordinal), $"embedded pulumi-plugin.json names the plugin and version: {pluginJson.ReplaceLineEndings(" ")}");

// A second deployment in the same process, as users' unit tests run them: Config reads the new configuration.
var second = await DeployAsync("cn-beijing");
Console.WriteLine("deployment 2 (alicloud-routerinterface:region = cn-beijing):");
checks.Equal(3, second.Registrations.Count, "registrations");
checks.Equal("cn-beijing", second.InputsOf(RouterInterfaceType, "acceptor").GetValueOrDefault("oppositeRegionId") as string, "acceptor: oppositeRegionId from the new Config.Region");
checks.Equal(RecordingMocks.IdOf("acceptor"), second.InputsOf(RouterInterfaceType, "initiator").GetValueOrDefault("oppositeInterfaceId") as string, "initiator: oppositeInterfaceId");

// getRouterInterfaces, both forms: the token and argument names the engine receives, and the answer read back.
var lookups = new RecordingMocks();
var lookupStack = await Deployment.TestAsync<LookupStack>(lookups, new TestOptions { IsPreview = false, ProjectName = Project, StackName = Stack });
Console.WriteLine("deployment 3 (getRouterInterfaces):");
var calls = lookups.Calls.Where(c => c.Token == "alicloud-routerinterface:index:getRouterInterfaces").ToList();
checks.Equal(2, calls.Count, "getRouterInterfaces calls (InvokeAsync and Invoke)");
var plainCall = calls.FirstOrDefault(c => c.Args.ContainsKey("ids")).Args ?? System.Collections.Immutable.ImmutableDictionary<string, object>.Empty;
checks.Equal("ri-plain", plainCall.TryGetValue("ids", out var ids) && ids is System.Collections.Immutable.ImmutableArray<object> idList ? idList.FirstOrDefault() as string : null, "InvokeAsync: ids");
checks.Equal(true, plainCall.GetValueOrDefault("includeReservationData") as bool?, "InvokeAsync: includeReservationData");
checks.That(plainCall.GetValueOrDefault("tags") is System.Collections.Immutable.ImmutableDictionary<string, object> tags && tags.GetValueOrDefault("env") as string == "prod", "InvokeAsync: tags");
checks.That(calls.Exists(c => c.Args.GetValueOrDefault("routerId") as string == "vrt-output"), "Invoke: routerId from an output");
var lookupOutputs = lookupStack.OfType<LookupStack>().Single();
checks.Equal("Active", await OutputValueAsync(lookupOutputs.PlainStatus), "InvokeAsync: the answer's interfaces[0].status");
checks.Equal("ri-found", (await OutputValueAsync(lookupOutputs.OutputIds)).FirstOrDefault(), "Invoke: the answer's ids");

Console.WriteLine(checks.Summary);
return checks.AllHeld ? 0 : 1;

static Task<T> OutputValueAsync<T>(Output<T> output)
{
    var source = new TaskCompletionSource<T>();
    output.Apply(value =>
    {
        source.TrySetResult(value);
        return value;
    });
    return source.Task;
}

static async Task<RecordingMocks> DeployAsync(string region)
{
    Environment.SetEnvironmentVariable("PULUMI_CONFIG", $$"""
        {
          "alicloud-routerinterface:region": "{{region}}",
          "{{Project}}:acceptorRouterId": "vrt-acceptor",
          "{{Project}}:initiatorRouterId": "vrt-initiator"
        }
        """);
    var mocks = new RecordingMocks();
    await Deployment.TestAsync<ReadmePairStack>(mocks, new TestOptions { IsPreview = false, ProjectName = Project, StackName = Stack });
    return mocks;
}

static string ReadEmbedded(Assembly assembly, string name)
{
    using var stream = assembly.GetManifestResourceStream(name);
    if (stream is null)
    {
        return $"(no embedded resource {name})";
    }

    using var reader = new StreamReader(stream);
    return reader.ReadToEnd();
}
