namespace Alicloud.Vpc.Emulator.Faults;

/// <summary>What to do to one request: wait, then drop it, fail it with an error, or let it through.</summary>
internal sealed record FaultDecision(TimeSpan Latency, bool DropConnection, string? Code, int HttpStatus, string Message);
