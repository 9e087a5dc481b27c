namespace Alicloud.Vpc.Client.Transport;

/// <summary>The Alibaba error envelope <c>{RequestId, HostId, Code, Message, Recommend}</c>.</summary>
internal sealed record RpcError(string Code, string Message, string? RequestId, string? HostId, string? Recommend);
