namespace Alicloud.RouterInterface.Conformance;

/// <summary>How far the calls settle a question.</summary>
internal enum Settlement
{
    Settled,
    Unsettled,
    NotProbed,
}

/// <summary>
/// The answer to one question of section B: the emulator variant it sets (name and value, when settled), what was
/// seen, and the calls and timings it rests on.
/// </summary>
internal sealed record Observation(string Question, string? Variant, Settlement Settlement, object? Value, string Answer)
{
    public IReadOnlyList<RecordedCall> Calls { get; init; } = [];

    public IReadOnlyDictionary<string, double> Timings { get; init; } = new Dictionary<string, double>();

    public static Observation NotProbed(string question, string? variant, string reason) =>
        new(question, variant, Settlement.NotProbed, null, "not probed: " + reason);

    public static Observation Unsettled(string question, string? variant, string why, IReadOnlyList<RecordedCall> calls) =>
        new(question, variant, Settlement.Unsettled, null, "unsettled: " + why) { Calls = calls };
}
