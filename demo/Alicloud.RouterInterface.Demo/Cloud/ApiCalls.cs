using Alicloud.RouterInterface.Testing.Emulator;

namespace Alicloud.RouterInterface.Demo.Cloud;

/// <summary>The OpenAPI calls of one part of the run, per action, from the emulator's request log.</summary>
internal sealed record ApiCalls(IReadOnlyDictionary<string, ActionCalls> ByAction)
{
    public int Total => ByAction.Values.Sum(a => a.Calls);

    public static ApiCalls From(IEnumerable<EmulatorRequestRecord> records) =>
        new(records
            .GroupBy(r => r.Action, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new ActionCalls(g.Count(), g.Count(r => r.Code is not null)), StringComparer.Ordinal));
}

/// <summary>How often an action was called and how many of those calls the API refused.</summary>
internal sealed record ActionCalls(int Calls, int Refused);

/// <summary>Cuts the emulator's request log (oldest first) into the parts of the run.</summary>
internal sealed class ApiCallLog(EmulatorAdminClient admin)
{
    /// <summary>The position after the calls made so far.</summary>
    public async Task<int> MarkAsync(CancellationToken cancellationToken) => (await admin.GetRequestsAsync(null, cancellationToken)).Count;

    /// <summary>The calls made since <paramref name="mark"/>.</summary>
    public async Task<ApiCalls> SinceAsync(int mark, CancellationToken cancellationToken) =>
        ApiCalls.From((await admin.GetRequestsAsync(null, cancellationToken)).Skip(mark));
}
