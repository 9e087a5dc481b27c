using System.Diagnostics;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;

namespace Alicloud.RouterInterface.Testing.Dotnet;

/// <summary>
/// A throw-away copy of repository folders (e.g. <c>sdk/dotnet</c>, <c>examples/csharp</c>) whose restores take the
/// <c>Pulumi</c> package from a <see cref="PulumiSdkFeed"/> and everything else from the usual nuget.org source: the
/// copy gets a nuget.config with both (package source mapping pins <c>Pulumi</c> to the feed), empty
/// Directory.Build.props/Directory.Packages.props that stop MSBuild at the copy's root, and its target frameworks
/// lifted (<see cref="TemporaryDotnetProjectOptions.TargetFramework"/>). <see cref="RunAsync"/> runs one
/// <c>dotnet</c> command in it under a bound (the process tree is killed past it); Dispose deletes the copy.
/// Usage: <c>using var copy = TemporaryDotnetProject.Create(PulumiSdkFeed.Locate()!, new() { Folders = ["sdk/dotnet"] });
/// await copy.RunAsync(["build", "sdk/dotnet"], TimeSpan.FromMinutes(5), ct);</c>
/// </summary>
public sealed partial class TemporaryDotnetProject : IDisposable
{
    public const string FeedSourceKey = "pulumi-sdk-feed";
    public const string NuGetOrgSource = "https://api.nuget.org/v3/index.json";

    private static readonly string[] s_skippedFolders = ["bin", "obj", "TestResults"];

    // Build servers (MSBuild nodes, the compiler server) would outlive the command: none are started.
    private static readonly Dictionary<string, string> s_environment = new(StringComparer.Ordinal)
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["UseSharedCompilation"] = "false",
    };

    private readonly TimeProvider _time;

    private TemporaryDotnetProject(string root, PulumiSdkFeed feed, TimeProvider time)
    {
        Root = root;
        Feed = feed;
        _time = time;
    }

    /// <summary>The copy's root: repository-relative paths resolve against it.</summary>
    public string Root { get; }

    public PulumiSdkFeed Feed { get; }

    public static TemporaryDotnetProject Create(PulumiSdkFeed feed, TemporaryDotnetProjectOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(options);
        var parent = options.ParentDirectory ?? Path.GetTempPath();
        var root = Path.Combine(parent, "routerinterface-dotnet-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var project = new TemporaryDotnetProject(root, feed, time ?? TimeProvider.System);
        try
        {
            foreach (var folder in options.Folders)
            {
                CopyFolder(Path.Combine(RepoPaths.Root, folder), project.PathOf(folder));
            }

            foreach (var file in options.Files)
            {
                var target = project.PathOf(file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(RepoPaths.Root, file), target);
            }

            project.WriteBuildRoot();
            if (options.TargetFramework is { } framework)
            {
                project.LiftTargetFrameworks(framework);
            }
        }
        catch
        {
            project.Dispose();
            throw;
        }

        return project;
    }

    /// <summary>A repository-relative path inside the copy.</summary>
    public string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>Runs <c>dotnet &lt;arguments&gt;</c> in <see cref="Root"/>; past <paramref name="timeout"/> the process tree is
    /// killed and the result says so. Cancellation kills it too and throws.</summary>
    public async Task<DotnetCommandResult> RunAsync(IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The test host's MSBuild and VSTest variables belong to the outer build, not to this one.
        foreach (var name in startInfo.Environment.Keys.Where(IsOuterBuildVariable).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in s_environment)
        {
            startInfo.Environment[name] = value;
        }

        var command = "dotnet " + string.Join(' ', arguments);
        var output = new StringBuilder();
        var started = _time.GetTimestamp();
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start `{command}`.");
        var drains = Task.WhenAll(Drain(process.StandardOutput, output), Drain(process.StandardError, output));
        using var bound = new CancellationTokenSource(timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(bound.Token, cancellationToken);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }

        await drains.WaitAsync(TimeSpan.FromSeconds(30), _time, CancellationToken.None).ConfigureAwait(false);
        string text;
        lock (output)
        {
            text = output.ToString();
        }

        return new DotnetCommandResult(command, timedOut ? -1 : process.ExitCode, timedOut, _time.GetElapsedTime(started), text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process killed a moment ago may still hold a file; the temp folder is cleaned by the system.
        }
    }

    private static bool IsOuterBuildVariable(string name) =>
        name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase);

    private static async Task Drain(StreamReader reader, StringBuilder output)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static void CopyFolder(string source, string target)
    {
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"{source} is not in the repository.");
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(source))
        {
            var name = Path.GetFileName(folder);
            if (!s_skippedFolders.Contains(name, StringComparer.Ordinal))
            {
                CopyFolder(folder, Path.Combine(target, name));
            }
        }
    }

    private void WriteBuildRoot()
    {
        var feed = SecurityElement.Escape(Feed.Directory);
        File.WriteAllText(PathOf("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <!-- Written by TemporaryDotnetProject: Pulumi from the local feed, everything else from nuget.org. -->
            <configuration>
              <packageSources>
                <clear />
                <add key="{FeedSourceKey}" value="{feed}" />
                <add key="nuget.org" value="{NuGetOrgSource}" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="{FeedSourceKey}">
                  <package pattern="{PulumiSdkFeed.PackageId}" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>

            """);
        const string stop = "<Project>\n  <!-- Written by TemporaryDotnetProject: MSBuild stops here. -->\n</Project>\n";
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            var path = PathOf(name);
            if (!File.Exists(path))
            {
                File.WriteAllText(path, stop);
            }
        }
    }

    private void LiftTargetFrameworks(string framework)
    {
        foreach (var project in Directory.EnumerateFiles(Root, "*.csproj", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(project);
            var lifted = TargetFrameworkElement().Replace(text, $"<TargetFramework>{framework}</TargetFramework>");
            if (text != lifted)
            {
                File.WriteAllText(project, lifted);
            }
        }
    }

    [GeneratedRegex("<TargetFramework>[^<]*</TargetFramework>")]
    private static partial Regex TargetFrameworkElement();
}
