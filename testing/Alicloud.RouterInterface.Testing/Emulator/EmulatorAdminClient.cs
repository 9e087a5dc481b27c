using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alicloud.RouterInterface.Testing.Emulator;

/// <summary>Typed access to the emulator's unsigned admin API under /_emulator/.</summary>
public sealed class EmulatorAdminClient
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;

    /// <param name="http">A client whose BaseAddress is the emulator's base URI.</param>
    public EmulatorAdminClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        _http = http;
    }

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri("_emulator/health", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    /// <summary>Clears state (resources, idempotency records), remembered nonces, the request log and fault rules; keeps transitions and limits.</summary>
    public Task ResetAsync(CancellationToken cancellationToken) => SendAsync<JsonElement>(HttpMethod.Post, "reset", null, cancellationToken);

    /// <summary>The state dump (camelCase; the same JSON as the state file).</summary>
    public async Task<JsonDocument> GetStateAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri("_emulator/state", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The state dump, typed.</summary>
    public async Task<EmulatorSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        using var state = await GetStateAsync(cancellationToken).ConfigureAwait(false);
        return EmulatorSnapshot.Parse(state.RootElement);
    }

    /// <summary>Sets durations in seconds (see <see cref="EmulatorTransitions"/>); returns the whole table.</summary>
    public Task<Dictionary<string, double>> SetTransitionsAsync(IReadOnlyDictionary<string, double> seconds, CancellationToken cancellationToken) =>
        SendAsync<Dictionary<string, double>>(HttpMethod.Put, "transitions", seconds, cancellationToken);

    public Task<EmulatorLimitSettings> SetLimitsAsync(EmulatorLimitSettings limits, CancellationToken cancellationToken) =>
        SendAsync<EmulatorLimitSettings>(HttpMethod.Put, "limits", limits, cancellationToken);

    /// <summary>The profile, its seed and every variant's value (numbers for the numeric ones).</summary>
    public Task<EmulatorVariantSettings> GetVariantsAsync(CancellationToken cancellationToken) =>
        SendAsync<EmulatorVariantSettings>(HttpMethod.Get, "variants", null, cancellationToken);

    /// <summary>A profile (null: keep the current values) and then these variants; answers the whole set.</summary>
    public Task<EmulatorVariantSettings> SetVariantsAsync(string? profile, IReadOnlyDictionary<string, string>? variants, CancellationToken cancellationToken, int? seed = null) =>
        SendAsync<EmulatorVariantSettings>(HttpMethod.Put, "variants", new VariantsRequest(profile, seed, variants), cancellationToken);

    /// <summary>Per-API quotas (calls per 60 s per account and region); 0 removes one. Answers the whole table.</summary>
    public Task<Dictionary<string, int>> SetQuotasAsync(IReadOnlyDictionary<string, int> quotas, CancellationToken cancellationToken) =>
        SendAsync<Dictionary<string, int>>(HttpMethod.Put, "quotas", quotas, cancellationToken);

    public Task<Dictionary<string, int>> GetQuotasAsync(CancellationToken cancellationToken) =>
        SendAsync<Dictionary<string, int>>(HttpMethod.Get, "quotas", null, cancellationToken);

    public Task AddFaultAsync(FaultRule rule, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(HttpMethod.Post, "faults", rule, cancellationToken);

    public Task ClearFaultsAsync(CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(HttpMethod.Delete, "faults", null, cancellationToken);

    /// <summary>The recorded OpenAPI calls, oldest first, optionally only one action.</summary>
    public async Task<IReadOnlyList<EmulatorRequestRecord>> GetRequestsAsync(string? action, CancellationToken cancellationToken)
    {
        var path = action is null ? "requests" : "requests?action=" + Uri.EscapeDataString(action);
        return await SendAsync<List<EmulatorRequestRecord>>(HttpMethod.Get, path, null, cancellationToken).ConfigureAwait(false);
    }

    public Task<EmulatorSeedResult> SeedAsync(EmulatorSeed seed, CancellationToken cancellationToken) =>
        SendAsync<EmulatorSeedResult>(HttpMethod.Post, "seed", seed, cancellationToken);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri("_emulator/" + path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: s_json);
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return (await response.Content.ReadFromJsonAsync<T>(s_json, cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new EmulatorAdminException((int)response.StatusCode, text);
        }
    }
}
