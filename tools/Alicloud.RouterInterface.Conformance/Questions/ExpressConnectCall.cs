using Alicloud.Vpc.Client;
using Alicloud.Vpc.Client.Errors;

namespace Alicloud.RouterInterface.Conformance.Questions;

/// <summary>What one DeleteExpressConnect answered: the first attempt's code (null = accepted) and the calls it took.</summary>
internal sealed record ExpressConnectAnswer(string? FirstCode, string? FinalCode, IReadOnlyList<RecordedCall> Calls)
{
    public bool Accepted => FinalCode is null;
}

/// <summary>Calls DeleteExpressConnect once through the provider's client and reads its answer from the recorded attempts.</summary>
internal static class ExpressConnectCall
{
    public const string Action = "DeleteExpressConnect";

    public static async Task<ExpressConnectAnswer> SendAsync(ProbeSession s, IVpcClient client, string id, bool force, CancellationToken cancellationToken)
    {
        s.Progress.Say($"DeleteExpressConnect {id} Force={(force ? "true" : "false")}");
        var mark = s.Calls.Count;
        string? final = null;
        try
        {
            await client.DeleteExpressConnectAsync(s.Region, id, force, s.NewToken(), cancellationToken);
        }
        catch (AlibabaCloudException ex)
        {
            final = ex.ErrorCode;
        }

        var calls = s.Calls.Since(mark, Action);
        var first = calls.Count > 0 ? calls[0].Code : final;
        s.Progress.Say($"  answered {first ?? "OK"}{(final != first ? $" (finally {final ?? "OK"})" : "")}");
        return new ExpressConnectAnswer(first, final, calls);
    }
}
