using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using Alicloud.RouterInterface.Package.Tests.Support;
using Alicloud.RouterInterface.Testing.Engine;
using Google.Protobuf.WellKnownTypes;

namespace Alicloud.RouterInterface.Package.Tests.Dist;

/// <summary>
/// The release tarball as a user gets it: unpacked into an empty folder and started with no .NET on PATH and no
/// DOTNET_ROOT, it must print its port and answer GetPluginInfo with the version its name carries.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class DistTarballTests : IDisposable
{
    private static readonly TimeSpan s_startBound = TimeSpan.FromSeconds(30);
    private readonly string _unpacked = Directory.CreateTempSubdirectory("dist-").FullName;

    public void Dispose() => Directory.Delete(_unpacked, recursive: true);

    [FactRequiresDistTarball]
    public async Task Tarball_Layout_HasTheExecutableAtTheRootAndNothingThatNeedsDotnet()
    {
        var entries = await UnpackAsync();

        Assert.Contains(DistTarball.PluginName, entries);
        Assert.All(entries, e => Assert.DoesNotContain('/', e.TrimEnd('/')));
        Assert.DoesNotContain(entries, e => e.EndsWith(".dll", StringComparison.Ordinal) || e.EndsWith(".runtimeconfig.json", StringComparison.Ordinal));
        var executable = Path.Combine(_unpacked, DistTarball.PluginName);
        Assert.True(File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute), "the plugin is not executable");
        // A self-contained bundle carries the runtime's core library; a framework-dependent one borrows it from an installed .NET.
        Assert.True(await ContainsAsync(executable, "System.Private.CoreLib.dll"), "the plugin is not self-contained");
    }

    [FactRequiresDistTarball]
    public async Task Tarball_StartedWithoutDotnet_PrintsPortAndReportsItsVersion()
    {
        await UnpackAsync();
        var expectedVersion = DistTarball.VersionOf(DistTarball.Find()!);

        // The harness launcher reads the port line (bounded) the way the engine does, and throws with stderr otherwise.
        await using var plugin = await PluginProcess.StartAsync(new PluginLaunchOptions
        {
            BinaryPath = Path.Combine(_unpacked, DistTarball.PluginName),
            EngineAddress = UnusedLoopbackAddress(),
            WorkingDirectory = _unpacked,
            Environment = WithoutDotnet(),
            PortTimeout = s_startBound,
        }, CancellationToken.None);

        Assert.InRange(plugin.Port, 1, 65535);
        var info = await plugin.Client.GetPluginInfoAsync(new Empty(), deadline: DateTime.UtcNow.Add(s_startBound));
        Assert.Equal(expectedVersion, info.Version);
    }

    private async Task<List<string>> UnpackAsync()
    {
        var entries = new List<string>();
        await using (var file = File.OpenRead(DistTarball.Find()!))
        await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        await using (var reader = new TarReader(gzip))
        {
            while (await reader.GetNextEntryAsync() is { } entry)
            {
                entries.Add(entry.Name.StartsWith("./", StringComparison.Ordinal) ? entry.Name[2..] : entry.Name);
            }
        }

        await using (var file = File.OpenRead(DistTarball.Find()!))
        await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        {
            await TarFile.ExtractToDirectoryAsync(gzip, _unpacked, overwriteFiles: false);
        }

        return entries;
    }

    // The engine passes its own address; nothing listens here, and the handshake does not need it.
    private static string UnusedLoopbackAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }

    /// <summary>Changes to this process's environment: every DOTNET_*/MSBuild* variable removed, and no PATH entry that holds a dotnet executable.</summary>
    private static Dictionary<string, string?> WithoutDotnet()
    {
        var changes = System.Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal) || k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(k => k, _ => (string?)null, StringComparer.Ordinal);
        var path = (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Where(dir => !File.Exists(Path.Combine(dir, "dotnet")));
        changes["PATH"] = string.Join(':', path);
        return changes;
    }

    private static async Task<bool> ContainsAsync(string file, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var bytes = await File.ReadAllBytesAsync(file);
        return bytes.AsSpan().IndexOf(needle) >= 0;
    }
}
