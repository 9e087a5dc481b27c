using Microsoft.AspNetCore.Http;

namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>The Alibaba error body: {RequestId, HostId, Code, Message, Recommend}.</summary>
internal sealed record ErrorEnvelope(string RequestId, string HostId, string Code, string Message, string Recommend)
{
    public const string DefaultHostId = "vpc.aliyuncs.com";

    public static ErrorEnvelope From(ApiException error, string requestId, string? hostId)
    {
        ArgumentNullException.ThrowIfNull(error);
        var recommend = $"https://api.aliyun.com/troubleshoot?q={Uri.EscapeDataString(error.Code)}&product=Vpc&requestId={requestId}";
        return new ErrorEnvelope(requestId, string.IsNullOrEmpty(hostId) ? DefaultHostId : hostId, error.Code, error.Message, recommend);
    }

    public static async Task WriteAsync(HttpContext context, ApiException error, string requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var envelope = From(error, requestId, context.Request.Host.Value);
        context.Response.StatusCode = error.HttpStatus;
        context.Response.ContentType = ApiJson.ContentType;
        await context.Response.WriteAsync(ApiJson.Serialize(envelope), cancellationToken);
    }
}
