using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Package.Tests.Support;

/// <summary>
/// The release tarball <c>make dist</c> writes for this machine's architecture:
/// dist/pulumi-resource-alicloud-routerinterface-v&lt;version&gt;-linux-&lt;amd64|arm64&gt;.tar.gz.
/// </summary>
public static partial class DistTarball
{
    public const string PluginName = "pulumi-resource-alicloud-routerinterface";

    public static string Folder => Path.Combine(RepoPaths.Root, "dist");

    /// <summary>Pulumi's (Go's) name for this machine's architecture, as in release tarball names.</summary>
    public static string HostArchitecture => RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "amd64";

    /// <summary>The newest matching tarball, or null when there is none.</summary>
    public static string? Find()
    {
        if (!Directory.Exists(Folder))
        {
            return null;
        }

        return Directory.EnumerateFiles(Folder, $"{PluginName}-v*-linux-{HostArchitecture}.tar.gz")
            .OrderByDescending(File.GetLastWriteTimeUtc)
            .FirstOrDefault();
    }

    /// <summary>The version part of a tarball name, as <c>pulumi plugin install</c> expects it (no leading v).</summary>
    public static string VersionOf(string tarballPath)
    {
        var match = NamePattern().Match(Path.GetFileName(tarballPath));
        return match.Success
            ? match.Groups["version"].Value
            : throw new ArgumentException($"{tarballPath} is not named {PluginName}-v<version>-<os>-<arch>.tar.gz.", nameof(tarballPath));
    }

    [GeneratedRegex(@"^pulumi-resource-alicloud-routerinterface-v(?<version>.+)-(?<os>linux|darwin|windows)-(?<arch>amd64|arm64)\.tar\.gz$")]
    private static partial Regex NamePattern();
}
