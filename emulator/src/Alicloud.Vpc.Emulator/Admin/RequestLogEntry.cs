namespace Alicloud.Vpc.Emulator.Admin;

/// <summary>One OpenAPI call as recorded for GET /_emulator/requests. Code is null for a success.</summary>
internal sealed record RequestLogEntry(
    DateTimeOffset Time,
    string RequestId,
    string Action,
    string? AccessKeyId,
    IReadOnlyDictionary<string, string> Parameters,
    string? Code,
    int HttpStatus);
