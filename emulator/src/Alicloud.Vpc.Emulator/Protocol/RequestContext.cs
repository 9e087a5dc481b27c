namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>An authenticated OpenAPI call, as actions see it.</summary>
internal sealed record RequestContext(string RequestId, string Action, ApiParameters Parameters, CallerIdentity Caller)
{
    public string AccountId => Caller.AccountId;
}
