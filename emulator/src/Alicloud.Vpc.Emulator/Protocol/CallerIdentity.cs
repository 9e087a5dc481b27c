namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>Who signed the request; the account scopes every resource.</summary>
internal sealed record CallerIdentity(string AccessKeyId, string AccountId);
