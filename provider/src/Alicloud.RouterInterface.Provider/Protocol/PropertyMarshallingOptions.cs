namespace Alicloud.RouterInterface.Provider.Protocol;

/// <summary>Limits of the Struct ⇄ property mapping.</summary>
internal sealed record PropertyMarshallingOptions
{
    /// <summary>
    /// Deepest nesting accepted (objects, arrays and special values each count one level). Google.Protobuf
    /// itself refuses messages nested deeper than 100, so anything near that is hostile input.
    /// </summary>
    public int MaxDepth { get; init; } = 64;
}
