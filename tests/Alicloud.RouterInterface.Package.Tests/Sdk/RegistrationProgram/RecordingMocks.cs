using System.Collections.Immutable;
using Pulumi.Testing;

namespace RegistrationProgram;

/// <summary>
/// Records every registration the program asks for and answers it as a create: an ID and the inputs echoed as
/// outputs (plus a status). Pulumi's mock monitor passes the import ID, an empty string for a new resource
/// (RegisterResourceAsync in pulumi/pulumi-dotnet sdk/Pulumi/Testing/MockMonitor.cs, v3.112.1), so an empty ID
/// means "create" here.
/// </summary>
internal sealed class RecordingMocks : IMocks
{
    private readonly List<MockResourceArgs> _registrations = [];

    public IReadOnlyList<MockResourceArgs> Registrations
    {
        get
        {
            lock (_registrations)
            {
                return [.. _registrations];
            }
        }
    }

    public static string IdOf(string name) => $"{name}-id";

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        lock (_registrations)
        {
            _registrations.Add(args);
        }

        var id = string.IsNullOrEmpty(args.Id) ? IdOf(args.Name!) : args.Id;
        var state = args.Inputs.SetItem("status", "Active");
        return Task.FromResult<(string?, object)>((id, state));
    }

    /// <summary>The function calls (token, arguments), in order.</summary>
    public List<(string Token, ImmutableDictionary<string, object> Args)> Calls { get; } = [];

    /// <summary>getRouterInterfaces answers one interface per ID asked for (or one for any other lookup).</summary>
    public Task<object> CallAsync(MockCallArgs args)
    {
        lock (Calls)
        {
            Calls.Add((args.Token!, args.Args));
        }

        if (args.Token != "alicloud-routerinterface:index:getRouterInterfaces")
        {
            return Task.FromResult<object>(args.Args);
        }

        var ids = args.Args.TryGetValue("ids", out var asked) && asked is ImmutableArray<object> list ? list.Cast<string>().ToArray() : ["ri-found"];
        var interfaces = ids.Select(id => (object)ImmutableDictionary<string, object>.Empty
            .Add("routerInterfaceId", id).Add("regionId", "cn-hangzhou").Add("status", "Active")
            .Add("tags", ImmutableDictionary<string, object>.Empty.Add("env", "prod"))).ToImmutableArray();
        return Task.FromResult<object>(ImmutableDictionary<string, object>.Empty
            .Add("ids", ids.Cast<object>().ToImmutableArray())
            .Add("interfaces", interfaces));
    }

    public MockResourceArgs Single(string type, string name) =>
        Registrations.Single(r => r.Type == type && r.Name == name);

    public ImmutableDictionary<string, object> InputsOf(string type, string name) => Single(type, name).Inputs;
}
