namespace Alicloud.RouterInterface.Resources.RouterInterface.Delete;

/// <summary>A look at both ends, sent at <paramref name="Sent"/> and answered at <paramref name="Answered"/> (brackets for learnt transitions).</summary>
public sealed record Looked(DeleteObservation Observation, DateTimeOffset Sent, DateTimeOffset Answered) : DeleteSeen;
