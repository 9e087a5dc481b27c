using System.Text.RegularExpressions;
using Alicloud.RouterInterface.Package.Tests.Support;
using Alicloud.RouterInterface.Testing;
using Alicloud.RouterInterface.Testing.Dotnet;

namespace Alicloud.RouterInterface.Package.Tests.Sdk;

/// <summary>
/// The SDK and the examples take the Pulumi .NET SDK from a tested floor up to the next major version (issue 22,
/// finding 8), never a floating <c>3.*</c>: the floor is the version the package tests compile and run against.
/// </summary>
public sealed partial class PulumiReferencePinTests
{
    private const string TestedFloor = "3.112.1";

    public static TheoryData<string> Projects() =>
        ["sdk/dotnet/Pulumi.AlicloudRouterInterface.csproj", "examples/csharp/RouterInterfacePair.csproj", "examples/csharp/tests/RouterInterfacePair.Tests.csproj"];

    [GeneratedRegex("""<PackageReference Include="Pulumi" Version="(?<version>[^"]*)" />""")]
    private static partial Regex PulumiReference();

    [Theory]
    [MemberData(nameof(Projects))]
    public void PulumiReference_IsTheTestedFloorUpToTheNextMajor(string project)
    {
        var match = PulumiReference().Match(File.ReadAllText(Path.Combine(RepoPaths.Root, project)));

        Assert.True(match.Success, $"{project} has no Pulumi reference");
        Assert.Equal($"[{TestedFloor},4.0.0)", match.Groups["version"].Value);
    }

    [FactRequiresPulumiSdkFeed]
    public void TestedFloor_IsTheFeedsVersion()
    {
        Assert.Equal(TestedFloor, PulumiSdkFeed.Locate()!.PulumiVersion);
    }
}
