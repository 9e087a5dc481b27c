using System.Net.Http.Json;
using System.Text.Json;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Cloud;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>
/// The real emulator process with the leak-check keys loaded, plus a setup client (the emulator's dev key, same
/// account) that builds starting states. The plugin uses <see cref="LeakCheckKeys"/>, so the request log tells its
/// calls apart from the harness's by AccessKeyId. Restartable from its state file.
/// </summary>
internal sealed class Cloud : IAsyncDisposable
{
    public const string Region = "cn-hangzhou";

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);
    private readonly CredentialsFile _credentials;
    private readonly EmulatorStartOptions _options;
    private readonly HttpClient _http = new() { Timeout = TestBounds.Call };
    private EmulatorVpcClient _setup;

    private Cloud(EmulatorProcess emulator, CredentialsFile credentials, EmulatorStartOptions options)
    {
        Emulator = emulator;
        _credentials = credentials;
        _options = options;
        _setup = CreateSetupClient(emulator.Endpoint);
    }

    public EmulatorProcess Emulator { get; private set; }

    /// <summary>Calls with the dev key (not the plugin's), for building starting states.</summary>
    public IVpcClient Setup => _setup.Client;

    public EmulatorAdminClient Admin => Emulator.Admin;

    public static async Task<Cloud> StartAsync(int? seed, string? stateFile, CancellationToken cancellationToken)
    {
        var credentials = new CredentialsFile(LeakCheckKeys.All);
        var options = new EmulatorStartOptions
        {
            Seed = seed,
            StateFile = stateFile,
            CredentialsFile = credentials.Path,
            Transitions = new Dictionary<string, double> { [EmulatorTransitions.All] = 0.1 },
        };
        try
        {
            var emulator = await EmulatorProcess.StartAsync(options, cancellationToken);
            return new Cloud(emulator, credentials, options);
        }
        catch
        {
            credentials.Dispose();
            throw;
        }
    }

    /// <summary>Kills the emulator (no graceful stop) and starts it again on its state file; the port changes.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await Emulator.DisposeAsync();
        Emulator = await EmulatorProcess.StartAsync(_options, cancellationToken);
        _setup.Dispose();
        _setup = CreateSetupClient(Emulator.Endpoint);
    }

    public Task<EmulatorSnapshot> SnapshotAsync(CancellationToken cancellationToken) => Admin.GetSnapshotAsync(cancellationToken);

    /// <summary>The calls made with the leak-check keys (the plugin's), oldest first.</summary>
    public async Task<IReadOnlyList<EmulatorRequestRecord>> PluginRequestsAsync(CancellationToken cancellationToken)
    {
        var all = await Admin.GetRequestsAsync(null, cancellationToken);
        return [.. all.Where(r => r.AccessKeyId is { } key && key.StartsWith(LeakCheckKeys.AccessKeyIdMarker, StringComparison.Ordinal))];
    }

    /// <summary>The raw text of an admin GET (for scans).</summary>
    public async Task<string> AdminTextAsync(string path, CancellationToken cancellationToken) =>
        await _http.GetStringAsync(new Uri(Emulator.BaseUri, "_emulator/" + path), cancellationToken);

    /// <summary>Firings left per fault rule, by the rule's Message (rules are removed from the list once spent).</summary>
    public async Task<IReadOnlyDictionary<string, int>> RemainingFaultFiringsAsync(CancellationToken cancellationToken)
    {
        var body = await _http.GetFromJsonAsync<JsonElement>(new Uri(Emulator.BaseUri, "_emulator/faults"), s_json, cancellationToken);
        return body.GetProperty("rules").EnumerateArray()
            .Where(r => r.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            .ToDictionary(
                r => r.GetProperty("message").GetString()!,
                r => r.TryGetProperty("count", out var count) && count.ValueKind == JsonValueKind.Number ? count.GetInt32() : int.MaxValue,
                StringComparer.Ordinal);
    }

    /// <summary>A VPC (with its vRouter and route table) in <see cref="Region"/>.</summary>
    public Task<CreateVpcResult> CreateVpcAsync(string cidrBlock, CancellationToken cancellationToken) =>
        Setup.CreateVpcAsync(new CreateVpcRequest { RegionId = Region, CidrBlock = cidrBlock }, cancellationToken);

    /// <summary>A custom route entry whose next hop is <paramref name="routerInterfaceId"/>, Available (changes in one table are serial, A3/A4).</summary>
    public Task<string> AddRouteEntryAsync(string routeTableId, string destinationCidrBlock, string routerInterfaceId, CancellationToken cancellationToken) =>
        RouteEntrySeeding.CreateAsync(
            Setup,
            new CreateRouteEntryRequest
            {
                RegionId = Region,
                RouteTableId = routeTableId,
                DestinationCidrBlock = destinationCidrBlock,
                NextHopType = "RouterInterface",
                NextHopId = routerInterfaceId,
            },
            TimeProvider.System,
            cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        _http.Dispose();
        _setup.Dispose();
        _credentials.Dispose();
    }

    private static EmulatorVpcClient CreateSetupClient(string endpoint) => new(
        endpoint, Region, options: EmulatorVpcClient.Options with { BaseDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromMilliseconds(500) });
}
