using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using Alicloud.RouterInterface.Package.Tests.Support;
using Google.Protobuf.WellKnownTypes;
using Grpc.Net.Client;
using Pulumirpc;

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
        await using var plugin = PluginProcess.Start(Path.Combine(_unpacked, DistTarball.PluginName), UnusedLoopbackAddress(), EnvironmentWithoutDotnet());

        var portLine = await plugin.ReadPortLineAsync(s_startBound, CancellationToken.None);

        Assert.True(int.TryParse(portLine?.Trim(), out var port) && port is > 0 and < 65536,
            $"expected a port line, got '{portLine ?? "(nothing)"}'; stderr: {plugin.StandardErrorIfExited}");
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
        var client = new ResourceProvider.ResourceProviderClient(channel);
        var info = await client.GetPluginInfoAsync(new Empty(), deadline: DateTime.UtcNow.Add(s_startBound));
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

    /// <summary>This process's environment without DOTNET_* variables and with no PATH entry that holds a dotnet executable.</summary>
    private static Dictionary<string, string?> EnvironmentWithoutDotnet()
    {
        var environment = System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal);
        foreach (var name in environment.Keys.Where(k => k.StartsWith("DOTNET_", StringComparison.Ordinal) || k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            environment.Remove(name);
        }

        var path = (environment.GetValueOrDefault("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Where(dir => !File.Exists(Path.Combine(dir, "dotnet")));
        environment["PATH"] = string.Join(':', path);
        return environment;
    }

    private static async Task<bool> ContainsAsync(string file, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        var bytes = await File.ReadAllBytesAsync(file);
        return bytes.AsSpan().IndexOf(needle) >= 0;
    }
}
