namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>An access key of the emulator's credentials file (optionally bound to an STS token).</summary>
internal sealed record CloudKey(string AccessKeyId, string AccessKeySecret, string AccountId, string? SecurityToken = null)
{
    /// <summary>The strings that must never leave the plugin except inside a signed request.</summary>
    public IEnumerable<string> Secrets => SecurityToken is null ? [AccessKeySecret] : [AccessKeySecret, SecurityToken];

    // Never print the secret (test output is scanned too).
    public override string ToString() => $"{AccessKeyId} (account {AccountId})";
}
