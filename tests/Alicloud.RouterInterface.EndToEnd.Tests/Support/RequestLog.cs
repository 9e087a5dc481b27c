using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Polling;

namespace Alicloud.RouterInterface.EndToEnd.Tests.Support;

/// <summary>The emulator's request log read from a mark: what the cloud saw during one step of a test.</summary>
internal sealed class RequestLog
{
    private readonly EmulatorAdminClient _admin;
    private readonly int _start;

    private RequestLog(EmulatorAdminClient admin, int start)
    {
        _admin = admin;
        _start = start;
    }

    /// <summary>Marks the current end of the log; <see cref="ReadAsync"/> returns what came after.</summary>
    public static async Task<RequestLog> MarkAsync(EmulatorAdminClient admin, CancellationToken cancellationToken)
    {
        var existing = await admin.GetRequestsAsync(null, cancellationToken);
        return new RequestLog(admin, existing.Count);
    }

    public async Task<IReadOnlyList<EmulatorRequestRecord>> ReadAsync(CancellationToken cancellationToken)
    {
        var all = await _admin.GetRequestsAsync(null, cancellationToken);
        return [.. all.Skip(_start)];
    }

    /// <summary>Waits (bounded) until at least <paramref name="count"/> calls since the mark match.</summary>
    public Task WaitForAsync(Func<EmulatorRequestRecord, bool> predicate, int count, string what, CancellationToken cancellationToken) =>
        Eventually.HoldsAsync(async ct => (await ReadAsync(ct)).Count(predicate) >= count, what, cancellationToken);

    public static bool IsMutating(EmulatorRequestRecord record) =>
        !record.Action.StartsWith("Describe", StringComparison.Ordinal) && !record.Action.StartsWith("List", StringComparison.Ordinal);

    /// <summary>The RouterInterfaceId filter values of a DescribeRouterInterfaces call.</summary>
    public static IReadOnlyList<string> DescribedIds(EmulatorRequestRecord record)
    {
        var keys = record.Parameters.Where(p => p.Key.StartsWith("Filter.", StringComparison.Ordinal) && p.Key.EndsWith(".Key", StringComparison.Ordinal) && p.Value == "RouterInterfaceId")
            .Select(p => p.Key[..^".Key".Length]);
        return [.. keys.SelectMany(prefix => record.Parameters.Where(p => p.Key.StartsWith(prefix + ".Value.", StringComparison.Ordinal)).Select(p => p.Value))];
    }

    public static string Describe(IEnumerable<EmulatorRequestRecord> records) =>
        string.Join(Environment.NewLine, records.Select(r => $"{r.Time:HH:mm:ss.fff} {r.Action} {r.Code ?? "ok"} {string.Join(' ', r.Parameters.Where(p => p.Key is "RouterInterfaceId" or "RegionId").Select(p => p.Value))}"));
}
