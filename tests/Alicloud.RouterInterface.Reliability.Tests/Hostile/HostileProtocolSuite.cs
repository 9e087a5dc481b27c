using Alicloud.RouterInterface.Reliability.Tests.Support;
using Alicloud.RouterInterface.Testing.Engine;
using CsCheck;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace Alicloud.RouterInterface.Reliability.Tests.Hostile;

/// <summary>
/// Hostile inputs against a plugin over gRPC (the binary or the in-process host): Check, Diff and a preview Create of
/// the resource, CheckConfig, DiffConfig and Configure of the provider. Every answer must be a clean rejection or a
/// success (<see cref="ProtocolAnswers"/>); the first that is not fails the sample with its CsCheck seed.
/// </summary>
internal sealed class HostileProtocolSuite(ResourceProvider.ResourceProviderClient client)
{
    private const string Urn = "urn:pulumi:dev::hostile::alicloud-routerinterface:index:RouterInterface::h";
    private const string ProviderUrn = "urn:pulumi:dev::hostile::pulumi:providers:alicloud-routerinterface::default";
    private const string ProviderType = "pulumi:providers:alicloud-routerinterface";

    private int _cases;

    public int Cases => _cases;

    public Task CheckAsync(int iterations) => SampleAsync(HostileValues.Inputs.Select(Gen.Bool), iterations, async (news, withOlds) =>
    {
        var request = new CheckRequest { Urn = Urn, Type = RouterInterfaceInputs.Token, Name = "h", News = news, Olds = withOlds ? news : new Struct() };
        var response = await ProtocolAnswers.ExpectCleanAsync(o => client.CheckAsync(request, o), news, "Check");
        if (response is not null)
        {
            ProtocolAnswers.ExpectClearFailures(response.Failures, news, "Check");
        }
    });

    public Task DiffAsync(int iterations) => SampleAsync(HostileValues.Inputs.Select(HostileValues.Inputs), iterations, async (olds, news) =>
    {
        var request = new DiffRequest { Id = "ri-hostile0001", Urn = Urn, Type = RouterInterfaceInputs.Token, Name = "h", Olds = olds, News = news, OldInputs = olds };
        var merged = Merge(olds, news);
        await ProtocolAnswers.ExpectCleanAsync(o => client.DiffAsync(request, o), merged, "Diff");
    });

    /// <summary>A preview Create needs no cloud; the engine sends checked inputs, a hostile one may not.</summary>
    public Task PreviewCreateAsync(int iterations) => SampleAsync(HostileValues.Inputs.Select(Gen.Bool), iterations, async (properties, _) =>
    {
        var request = new CreateRequest { Urn = Urn, Type = RouterInterfaceInputs.Token, Name = "h", Properties = properties, Preview = true };
        await ProtocolAnswers.ExpectCleanAsync(o => client.CreateAsync(request, o), properties, "Create(preview)");
    });

    public Task CheckConfigAsync(int iterations) => SampleAsync(HostileValues.Configs.Select(Gen.Bool), iterations, async (news, _) =>
    {
        var request = new CheckRequest { Urn = ProviderUrn, Type = ProviderType, Name = "default", News = news, Olds = new Struct() };
        var response = await ProtocolAnswers.ExpectCleanAsync(o => client.CheckConfigAsync(request, o), news, "CheckConfig");
        if (response is not null)
        {
            ProtocolAnswers.ExpectClearFailures(response.Failures, news, "CheckConfig");
        }
    });

    public Task DiffConfigAsync(int iterations) => SampleAsync(HostileValues.Configs.Select(HostileValues.Configs), iterations, async (olds, news) =>
    {
        var request = new DiffRequest { Id = "p", Urn = ProviderUrn, Type = ProviderType, Name = "default", Olds = olds, News = news, OldInputs = olds };
        await ProtocolAnswers.ExpectCleanAsync(o => client.DiffConfigAsync(request, o), Merge(olds, news), "DiffConfig");
    });

    /// <summary>Configure with hostile args and variables; a rejection must never echo the secret values.</summary>
    public Task ConfigureAsync(int iterations) => SampleAsync(HostileValues.Configs.Select(HostileValues.Strings.Array[0, 3]), iterations, async (args, variableValues) =>
    {
        var request = new ConfigureRequest
        {
            Args = args,
            AcceptSecrets = true,
            AcceptResources = true,
            Id = "p",
            Urn = ProviderUrn,
            Name = "default",
            Type = ProviderType,
        };
        for (var i = 0; i < variableValues.Length; i++)
        {
            request.Variables[$"alicloud-routerinterface:config:{HostileValues.ConfigKeys[i % HostileValues.ConfigKeys.Length]}"] = variableValues[i];
        }

        await ProtocolAnswers.ExpectCleanAsync(o => client.ConfigureAsync(request, o), args, "Configure");
    });

    private Task SampleAsync<TA, TB>(Gen<(TA, TB)> gen, int iterations, Func<TA, TB, Task> assert) =>
        Check.SampleAsync(
            gen,
            async (a, b) =>
            {
                Interlocked.Increment(ref _cases);
                await assert(a, b);
            },
            iter: iterations,
            threads: 2,
            print: pair => ProtocolAnswers.Shorten($"{Describe(pair.Item1)} / {Describe(pair.Item2)}"));

    private static string Describe(object? value) => value switch
    {
        Struct s => Json(s),
        string[] strings => string.Join(" | ", strings),
        _ => value?.ToString() ?? "null",
    };

    /// <summary>JSON when protobuf can print it (it refuses empty keys and values without a kind), else the keys.</summary>
    private static string Json(Struct value)
    {
        try
        {
            return PropertyValues.ToJson(value);
        }
        catch (InvalidOperationException)
        {
            return "{ " + string.Join(", ", value.Fields.Select(f => $"\"{ProtocolAnswers.Shorten(f.Key)}\": {f.Value.KindCase}")) + " }";
        }
    }

    private static Struct Merge(Struct first, Struct second)
    {
        var merged = first.Clone();
        merged.MergeFrom(second);
        return merged;
    }
}
