using System.Text.Json;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Dotnet;

namespace Alicloud.RouterInterface.Package.Tests.Sdk;

/// <summary>
/// sdk/dotnet, examples/csharp and our registration program in one temporary copy built against the Pulumi .NET SDK
/// feed; the build runs once for the test class (on first use, so a skipped class builds nothing).
/// </summary>
public sealed class PulumiSdkBuild : IDisposable
{
    public const string Configuration = "Release";
    public const string ExampleTests = "examples/csharp/tests";
    public const string RegistrationProgram = "tests/Alicloud.RouterInterface.Package.Tests/Sdk/RegistrationProgram";

    // Generous: on a loaded 2-core machine the first restore and build of the copy took 6 min.
    public static readonly TimeSpan BuildBound = TimeSpan.FromMinutes(15);

    // A temporary copy is no git clone, so SourceLink has no repository to describe; every other warning fails.
    public static readonly string[] BuildProperties =
        ["-p:TreatWarningsAsErrors=true", "-p:EnableSourceLink=false", "-p:EnableSourceControlManagerQueries=false"];

    private readonly Lazy<Task<(TemporaryDotnetProject Copy, DotnetCommandResult Build)>> _build;
    private TemporaryDotnetProject? _copy;

    public PulumiSdkBuild()
    {
        _build = new(() => BuildAsync(CancellationToken.None));
    }

    /// <summary>The committed default version (VERSION), which the unpacked SDK asks the engine for.</summary>
    public static string DefaultVersion => File.ReadAllText(Path.Combine(RepoPaths.Root, "VERSION")).Trim();

    public static PulumiSdkFeed Feed => PulumiSdkFeed.Locate() ?? throw new InvalidOperationException(PulumiSdkFeed.AbsentReason);

    public static TemporaryDotnetProject Copy(params string[] folders) =>
        TemporaryDotnetProject.Create(Feed, new TemporaryDotnetProjectOptions
        {
            Folders = folders,
            Files = ["VERSION", "examples/Directory.Build.props", "examples/Directory.Packages.props"],
        });

    public static string[] Command(string verb, string project, params string[] more) =>
        [verb, project, "-c", Configuration, "--nologo", .. BuildProperties, .. more];

    /// <summary>The built copy and how its build went (the example's test project, which builds the SDK and the example).</summary>
    public Task<(TemporaryDotnetProject Copy, DotnetCommandResult Build)> BuiltAsync() => _build.Value;

    /// <summary>The version of <c>Pulumi</c> a restored project of the copy resolved.</summary>
    public static string? ResolvedPulumiVersion(TemporaryDotnetProject copy, string project)
    {
        var assets = copy.PathOf(Path.Combine(project, "obj", "project.assets.json"));
        if (!File.Exists(assets))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        return document.RootElement.GetProperty("libraries").EnumerateObject()
            .Select(library => library.Name.Split('/'))
            .Where(parts => parts[0] == PulumiSdkFeed.PackageId)
            .Select(parts => parts[1])
            .SingleOrDefault();
    }

    public void Dispose()
    {
        _copy?.Dispose();
    }

    private async Task<(TemporaryDotnetProject, DotnetCommandResult)> BuildAsync(CancellationToken cancellationToken)
    {
        var copy = _copy = Copy("sdk/dotnet", "examples/csharp", RegistrationProgram);
        var build = await copy.RunAsync(Command("build", ExampleTests), BuildBound, cancellationToken);
        if (build.Succeeded)
        {
            var program = await copy.RunAsync(Command("build", RegistrationProgram), BuildBound, cancellationToken);
            build = program.Succeeded ? build with { Output = build.Output + program.Output } : program;
        }

        return (copy, build);
    }
}
