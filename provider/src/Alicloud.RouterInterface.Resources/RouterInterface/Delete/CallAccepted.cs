namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>The call was accepted: sent at <paramref name="Sent"/>, with <paramref name="ClientToken"/> when it takes one.</summary>
public sealed record CallAccepted(DateTimeOffset Sent, string? ClientToken = null) : DeleteAnswer;
