using Alicloud.RouterInterface.Testing.Dotnet;
using Alicloud.RouterInterface.Testing.Emulator;
using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// <c>examples/csharp</c> compiled against the Pulumi .NET SDK feed in a temporary copy (with <c>sdk/dotnet</c>, which
/// it references), ready for a <see cref="ProgramEngine"/>. Dispose deletes the copy.
/// </summary>
public sealed class CSharpExample : IDisposable
{
    public const string ProjectFolder = "examples/csharp";
    public const string ProjectName = "RouterInterfacePair";

    /// <summary>The <c>name</c> in the example's Pulumi.yaml: the namespace of its config keys.</summary>
    public const string PulumiProject = "routerinterface-pair";

    private static readonly string[] s_sharedFiles = ["VERSION", "examples/Directory.Build.props", "examples/Directory.Packages.props"];

    private readonly TemporaryDotnetProject _copy;

    private CSharpExample(TemporaryDotnetProject copy, string assembly, DotnetCommandResult build)
    {
        _copy = copy;
        ProgramAssembly = assembly;
        Build = build;
    }

    public string ProgramDirectory => _copy.PathOf(ProjectFolder);

    public string ProgramAssembly { get; }

    public DotnetCommandResult Build { get; }

    /// <summary>Copies and builds the example (Release); throws with the build output when it fails.</summary>
    public static async Task<CSharpExample> BuildAsync(PulumiSdkFeed feed, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var copy = TemporaryDotnetProject.Create(feed, new TemporaryDotnetProjectOptions
        {
            Folders = ["sdk/dotnet", ProjectFolder],
            // The version file the SDK's build reads and the examples' build settings, where the repository has them.
            Files = [.. s_sharedFiles.Where(file => File.Exists(Path.Combine(RepoPaths.Root, file)))],
        });
        try
        {
            var output = copy.PathOf(Path.Combine(ProjectFolder, "bin", "harness"));
            var build = await copy.RunAsync(
                // A temporary copy is no git clone: SourceLink has no repository to describe.
                ["build", Path.Combine(ProjectFolder, ProjectName + ".csproj"), "-c", "Release", "-o", output, "--nologo", "-v", "q",
                    "-p:EnableSourceLink=false", "-p:EnableSourceControlManagerQueries=false"],
                timeout,
                cancellationToken);
            if (!build.Succeeded)
            {
                throw new InvalidOperationException($"The C# example did not build: {build}");
            }

            return new CSharpExample(copy, Path.Combine(output, ProjectName + ".dll"), build);
        }
        catch
        {
            copy.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The stack config a user sets for the example (<c>pulumi config set …</c>): both routers and their regions, the
    /// endpoint, and the credentials as secrets.
    /// </summary>
    public static void Configure(ProgramEngine engine, (string RegionId, string RouterId) initiator, (string RegionId, string RouterId) acceptor, string endpoint, EmulatorCredential credential)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(credential);
        engine.Config[Key("initiatorRegion")] = initiator.RegionId;
        engine.Config[Key("acceptorRegion")] = acceptor.RegionId;
        engine.Config[Key("initiatorRouterId")] = initiator.RouterId;
        engine.Config[Key("acceptorRouterId")] = acceptor.RouterId;
        engine.Config[Key("vpcEndpoint")] = endpoint;
        engine.Config[Key("accessKey")] = ConfigValue.Secret(credential.AccessKeyId);
        engine.Config[Key("secretKey")] = ConfigValue.Secret(credential.AccessKeySecret);
    }

    /// <summary>The full key of one of the example's config values (<c>routerinterface-pair:&lt;key&gt;</c>).</summary>
    public static string Key(string name) => $"{PulumiProject}:{name}";

    /// <summary>Engine options running this build with the given stack.</summary>
    public ProgramEngineOptions EngineOptions(string stack, string pluginBinary) => new()
    {
        ProgramAssembly = ProgramAssembly,
        ProgramDirectory = ProgramDirectory,
        Engine = new PulumiEngineOptions { Stack = stack, Project = PulumiProject, PluginBinary = pluginBinary },
    };

    public void Dispose() => _copy.Dispose();
}
