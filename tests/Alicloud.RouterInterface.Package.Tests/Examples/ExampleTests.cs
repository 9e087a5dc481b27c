using Alicloud.RouterInterface.Package.Tests.Schema;
using Alicloud.RouterInterface.Package.Tests.Sdk;
using Alicloud.RouterInterface.Testing;

namespace Alicloud.RouterInterface.Package.Tests.Examples;

/// <summary>The examples against the SDK and schema.json (they need the `Pulumi` package, so they are checked, not built).</summary>
public sealed class ExampleTests
{
    private static string Examples => Path.Combine(RepoPaths.Root, "examples");

    private static SdkSource Sdk => SdkSource.Load(SdkDriftTests.SdkFolder);

    [Fact]
    public void CSharpExample_ProgramAndTests_UseOnlyNamesTheSdkHas()
    {
        var files = CSharpFiles(Path.Combine(Examples, "csharp"));

        var problems = CSharpExampleChecker.Check(files, Sdk, PackageSchema.Repository);

        Assert.True(files.Count >= 3, $"expected the program, its stack and its tests, found {files.Count} files");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void CSharpExample_Program_ShowsConnectForceAndDeleteTimeout()
    {
        var stack = File.ReadAllText(Path.Combine(Examples, "csharp", "RouterInterfacePairStack.cs"));

        Assert.Contains("Connect = true", stack, StringComparison.Ordinal);
        Assert.Contains("Force = true", stack, StringComparison.Ordinal);
        Assert.Contains("Delete = TimeSpan.FromMinutes(10)", stack, StringComparison.Ordinal);
        Assert.Contains("OppositeInterfaceId = acceptor.Id", stack, StringComparison.Ordinal);
    }

    [Fact]
    public void CSharpExample_Projects_ReferenceTheSdkAndStayOutOfTheSolution()
    {
        var program = File.ReadAllText(Path.Combine(Examples, "csharp", "RouterInterfacePair.csproj"));
        var tests = File.ReadAllText(Path.Combine(Examples, "csharp", "tests", "RouterInterfacePair.Tests.csproj"));
        var solution = File.ReadAllText(Path.Combine(RepoPaths.Root, "PulumiRouterInterface.sln"));

        Assert.Contains("../../sdk/dotnet/Pulumi.AlicloudRouterInterface.csproj", program, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Examples, "csharp", "../../sdk/dotnet/Pulumi.AlicloudRouterInterface.csproj")));
        Assert.Contains("Include=\"Moq\"", tests, StringComparison.Ordinal);
        Assert.Contains("Include=\"xunit\"", tests, StringComparison.Ordinal);
        Assert.DoesNotContain("RouterInterfacePair", solution, StringComparison.Ordinal);
        Assert.DoesNotContain("Pulumi.AlicloudRouterInterface", solution, StringComparison.Ordinal);
    }

    [Fact]
    public void CSharpExampleChecker_UnknownPropertyOutputOrToken_AreReported()
    {
        var files = CSharpFiles(Path.Combine(Examples, "csharp"));
        var stackFile = files.Keys.Single(k => k.EndsWith("RouterInterfacePairStack.cs", StringComparison.Ordinal));
        files[stackFile] = files[stackFile]
            .Replace("Spec = initiatorSpec", "Specification = initiatorSpec", StringComparison.Ordinal)
            .Replace("initiator.Bandwidth", "initiator.BandwidthMbps", StringComparison.Ordinal);
        var testFile = files.Keys.Single(k => k.EndsWith("Tests.cs", StringComparison.Ordinal));
        files[testFile] = files[testFile].Replace("a.Inputs[\"force\"]", "a.Inputs[\"forceDelete\"]", StringComparison.Ordinal)
            .Replace("\"pulumi:providers:alicloud-routerinterface\"", "\"pulumi:providers:alicloud\"", StringComparison.Ordinal);

        var problems = CSharpExampleChecker.Check(files, Sdk, PackageSchema.Repository);

        Assert.Contains(problems, p => p.Contains("RouterInterfaceArgs has no property Specification", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("has no output BandwidthMbps", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("input \"forceDelete\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("type token \"pulumi:providers:alicloud\"", StringComparison.Ordinal));
    }

    [Fact]
    public void YamlExample_ResourcesAndProperties_ExistInSchema()
    {
        var problems = YamlExampleChecker.Check(File.ReadAllText(Path.Combine(Examples, "yaml", "Pulumi.yaml")), PackageSchema.Repository);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void YamlExample_Interfaces_UseTheProviderOnlyWithConnectForceAndDeleteTimeout()
    {
        var program = YamlOutline.Parse(File.ReadAllText(Path.Combine(Examples, "yaml", "Pulumi.yaml")));

        Assert.Equal("yaml", program["runtime"]?.Value);
        var interfaces = program["resources"]!.Children.Where(r => r["type"]?.Value == ResourceContract.RouterInterfaceToken).ToList();
        Assert.Equal(2, interfaces.Count);
        Assert.All(interfaces, r => Assert.Equal("10m", r["options"]?["customTimeouts"]?["delete"]?.Value));
        Assert.Contains(interfaces, r => r["properties"]?["connect"]?.Value == "true");
        Assert.All(program["resources"]!.Children, r => Assert.StartsWith("alicloud-routerinterface", r["type"]?.Value?.Replace("pulumi:providers:", "", StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void FastLinkExample_IsOneInterfaceInFastLinkModeWhoseAcceptorIsAnOutput()
    {
        var text = File.ReadAllText(Path.Combine(Examples, "fast-link", "Pulumi.yaml"));
        var problems = YamlExampleChecker.Check(text, PackageSchema.Repository);
        var program = YamlOutline.Parse(text);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var link = Assert.Single(program["resources"]!.Children, r => r["type"]?.Value == ResourceContract.RouterInterfaceToken);
        Assert.Equal("true", link["properties"]?["fastLinkMode"]?.Value);
        Assert.Equal("VBR", link["properties"]?["routerType"]?.Value);
        Assert.Null(link["properties"]?["oppositeInterfaceId"]);
        Assert.Null(link["properties"]?["connect"]);
        Assert.Contains("${link.oppositeInterfaceId}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void YamlExampleChecker_UnknownTypePropertyAndOutput_AreReported()
    {
        var yaml = File.ReadAllText(Path.Combine(Examples, "yaml", "Pulumi.yaml"))
            .Replace("      spec: Mini.2", "      bandwidthSpec: Mini.2", StringComparison.Ordinal)
            .Replace("${initiator.status}", "${initiator.state}", StringComparison.Ordinal)
            .Replace("type: pulumi:providers:alicloud-routerinterface\n    properties:\n      region: ${acceptorRegion}", "type: alicloud-routerinterface:index:Vpc\n    properties:\n      region: ${acceptorRegion}", StringComparison.Ordinal);

        var problems = YamlExampleChecker.Check(yaml, PackageSchema.Repository);

        Assert.Contains(problems, p => p.Contains("initiator.bandwidthSpec is not an input", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("initiator lacks the required input spec", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("${initiator.state} reads no output", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("alicloud-routerinterface:index:Vpc, which schema.json does not define", StringComparison.Ordinal));
    }

    [Fact]
    public void YamlExampleChecker_UnknownFunctionOrArgument_AreReported()
    {
        var yaml = File.ReadAllText(Path.Combine(Examples, "yaml", "Pulumi.yaml"));
        var badArgument = yaml.Replace("        ids:\n", "        interfaceIds:\n", StringComparison.Ordinal);
        var badFunction = yaml.Replace("index:getRouterInterfaces", "index:listRouterInterfaces", StringComparison.Ordinal);

        Assert.Contains(YamlExampleChecker.Check(badArgument, PackageSchema.Repository), p => p.Contains("interfaceIds is not an argument", StringComparison.Ordinal));
        Assert.Contains(YamlExampleChecker.Check(badFunction, PackageSchema.Repository), p => p.Contains("listRouterInterfaces, which schema.json does not define", StringComparison.Ordinal));
    }

    [Fact]
    public void Examples_EachReadme_SaysHowToReachTheEmulatorAndTheCloud()
    {
        foreach (var example in new[] { "csharp", "yaml", "fast-link", "ci-teardown" })
        {
            var readme = File.ReadAllText(Path.Combine(Examples, example, "README.md"));
            Assert.Contains("emulator-dev-secret", readme, StringComparison.Ordinal);
            Assert.Contains("alicloud-vpc-emulator --port 0", readme, StringComparison.Ordinal);
            Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", readme, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> CSharpFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText, StringComparer.Ordinal);
}
