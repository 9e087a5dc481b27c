namespace Alicloud.Vpc.Emulator.Faults;

/// <summary>
/// One fault rule (POST /_emulator/faults). Matches by action ("*" or null: any), optional region and resource id
/// (any parameter whose value equals it). When it fires: latency first, then a dropped connection or an error
/// answer; a rule with neither only delays the call. Count limits how often it fires (null: forever).
/// </summary>
internal sealed record FaultRule
{
    public string? Action { get; init; }
    public string? RegionId { get; init; }
    public string? ResourceId { get; init; }
    public string? Code { get; init; }
    public int? HttpStatus { get; init; }
    public string? Message { get; init; }
    public int? Count { get; init; }
    public double? Probability { get; init; }
    public int? LatencyMs { get; init; }
    public bool DropConnection { get; init; }

    /// <summary>Null when valid, else why not.</summary>
    public string? Validate()
    {
        if (Probability is < 0 or > 1 || Probability is double.NaN)
        {
            return "probability must be between 0 and 1";
        }

        if (Count is < 1)
        {
            return "count must be at least 1 (omit it for no limit)";
        }

        if (LatencyMs is < 0 or > 600_000)
        {
            return "latencyMs must be between 0 and 600000";
        }

        if (HttpStatus is { } status && (status < 400 || status > 599))
        {
            return "httpStatus must be a 4xx or 5xx status";
        }

        if (Code is null && HttpStatus is not null)
        {
            return "httpStatus needs a code";
        }

        return Code is null && !DropConnection && LatencyMs is null ? "a rule needs a code, dropConnection or latencyMs" : null;
    }
}
