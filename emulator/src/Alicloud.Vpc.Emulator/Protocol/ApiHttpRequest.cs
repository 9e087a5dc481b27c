namespace Alicloud.Vpc.Emulator.Protocol;

/// <summary>An OpenAPI request as read off the wire, before authentication.</summary>
internal sealed class ApiHttpRequest
{
    public required string Method { get; init; }

    /// <summary>Lower-case header names.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>Decoded query parameters (V3 signs these).</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> QueryParameters { get; init; }

    /// <summary>Query ∪ form body, each name once (V1 signs these).</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    public required byte[] Body { get; init; }

    public string? Header(string lowerCaseName) => Headers.GetValueOrDefault(lowerCaseName);
}
