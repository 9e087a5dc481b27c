namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>An access key the emulator accepts. With a <see cref="SecurityToken"/> set, requests must carry that STS token.</summary>
internal sealed record EmulatorCredential(string AccessKeyId, string AccessKeySecret, string AccountId, string? SecurityToken = null);
