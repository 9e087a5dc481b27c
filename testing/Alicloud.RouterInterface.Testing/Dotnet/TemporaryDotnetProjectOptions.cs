namespace Alicloud.RouterInterface.Testing.Dotnet;

/// <summary>What a <see cref="TemporaryDotnetProject"/> copies from the repository and how it adjusts the copy.</summary>
public sealed record TemporaryDotnetProjectOptions
{
    /// <summary>Repository-relative folders copied to the same relative place (bin/ and obj/ left out), e.g.
    /// <c>sdk/dotnet</c> and <c>examples/csharp</c>, so relative project references keep working.</summary>
    public required IReadOnlyList<string> Folders { get; init; }

    /// <summary>Repository-relative single files copied to the same relative place, e.g. <c>VERSION</c>.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>Every <c>&lt;TargetFramework&gt;</c> of the copied project files is set to this (the feed's Pulumi
    /// targets net8.0/net10.0 and this machine has only the .NET 10 runtime); null keeps them.</summary>
    public string? TargetFramework { get; init; } = "net10.0";

    /// <summary>Where the copy is made; null: a new folder under the system temp folder.</summary>
    public string? ParentDirectory { get; init; }
}
