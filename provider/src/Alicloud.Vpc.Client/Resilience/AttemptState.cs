using Alicloud.Vpc.Client.Transport;

namespace Alicloud.Vpc.Client.Resilience;

/// <summary>One logical call across its attempts (what retries and logs need).</summary>
internal sealed class AttemptState
{
    public AttemptState(string action, string regionId, Uri endpoint, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        Action = action;
        RegionId = regionId;
        Endpoint = endpoint;
        Parameters = parameters;
    }

    public string Action { get; }

    public string RegionId { get; }

    public Uri Endpoint { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>Attempts started so far (1 after the first).</summary>
    public int Attempts { get; set; }

    public RpcResponse? LastResponse { get; set; }

    /// <summary>An attempt went out and got no definite answer (5xx, timeout, dropped), so it may have been carried out.</summary>
    public bool MayHaveExecuted { get; set; }
}
