namespace Alicloud.RouterInterface.Testing.Dotnet;

/// <summary>
/// The local NuGet feed with a build of the Pulumi .NET SDK (<c>../shared/nuget</c> beside the clone, see its README):
/// present in CI, absent in a user's clone, where <see cref="Locate"/> returns null and <see cref="AbsentReason"/> says
/// why, for a test to report itself skipped. The feed is only read: a build points a nuget.config at it (see
/// <see cref="TemporaryDotnetProject"/>) and the package is never copied into the project.
/// </summary>
public sealed class PulumiSdkFeed
{
    public const string PackageId = "Pulumi";

    private const string PackagePrefix = PackageId + ".";
    private const string PackageExtension = ".nupkg";

    private PulumiSdkFeed(string directory, string pulumiVersion)
    {
        Directory = directory;
        PulumiVersion = pulumiVersion;
    }

    /// <summary>Where the feed is expected: <c>shared/nuget</c> beside the clone (absolute).</summary>
    public static string DefaultDirectory => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "nuget"));

    /// <summary>Null when the feed is there; otherwise a one-line reason fit for a test's Skip.</summary>
    public static string? AbsentReason => Probe(DefaultDirectory).Reason;

    /// <summary>The feed folder, absolute.</summary>
    public string Directory { get; }

    /// <summary>The version of the <c>Pulumi</c> package it holds (the highest, if several), e.g. <c>3.112.1</c>.</summary>
    public string PulumiVersion { get; }

    /// <summary>The feed beside the clone, or null when it is absent (see <see cref="AbsentReason"/>).</summary>
    public static PulumiSdkFeed? Locate() => Probe(DefaultDirectory).Feed;

    /// <summary>The feed at <paramref name="directory"/>, or null with the reason when it holds no Pulumi package.</summary>
    public static (PulumiSdkFeed? Feed, string? Reason) Probe(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
        {
            return (null, $"{full} is absent: the local NuGet feed with the Pulumi .NET SDK is not beside this clone (it is in CI).");
        }

        var version = System.IO.Directory.EnumerateFiles(full, PackagePrefix + "*" + PackageExtension)
            .Select(Path.GetFileName)
            .Select(name => name![PackagePrefix.Length..^PackageExtension.Length])
            .Where(v => v.Length > 0 && char.IsAsciiDigit(v[0]))
            .OrderByDescending(v => Version.TryParse(v.Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
            .FirstOrDefault();
        return version is null
            ? (null, $"{full} holds no {PackagePrefix}<version>{PackageExtension}: not the Pulumi .NET SDK feed.")
            : (new PulumiSdkFeed(full, version), null);
    }
}
