using Alicloud.RouterInterface.Package.Tests.Schema;

namespace Alicloud.RouterInterface.Package.Tests.Sdk;

/// <summary>The drift check catches each kind of drift: a copy of the SDK is broken in one place and must be reported.</summary>
public sealed class SdkDriftCheckerTests
{
    [Theory]
    [InlineData("RouterInterface.cs", "[Output(\"status\")]", "[Output(\"state\")]", "missing [Output] \"status\"")]
    [InlineData("RouterInterface.cs", "[Output(\"status\")]", "[Output(\"state\")]", "[Output] \"state\" is not in schema.json")]
    [InlineData("RouterInterface.cs", "Output<int?> Bandwidth", "Output<string?> Bandwidth", "Bandwidth: type is Output<string?>, schema says Output<int?>")]
    [InlineData("RouterInterface.cs", "Output<string> RouterId", "Output<string?> RouterId", "RouterId: type is Output<string?>, schema says Output<string>")]
    [InlineData("RouterInterface.cs", "[Input(\"spec\", required: true)]", "[Input(\"spec\")]", "Spec: required is False, schema says True")]
    [InlineData("RouterInterface.cs", "public Input<string>? Name { get; set; }", "public Input<string> Name { get; set; }", "Name: type is Input<string>, schema says Input<string>?")]
    [InlineData("RouterInterface.cs", "[Input(\"period\")]", "[Input(\"periodMonths\")]", "missing [Input] \"period\"")]
    [InlineData("RouterInterface.cs", "\"alicloud-routerinterface:index:RouterInterface\")]", "\"alicloud-routerinterface:vpc:RouterInterface\")]", "no SDK class carries the resource type alicloud-routerinterface:index:RouterInterface")]
    [InlineData("RouterInterface.cs", "Force = false;", "Force = true;", "defaults are")]
    [InlineData("RouterInterface.cs", "\"autoPay\",", "", "ReplaceOnChanges is")]
    [InlineData("Provider.cs", "var emptySecret = Output.CreateSecret(0);\n            _secretKey", "_secretKey", "SecretKey: secret wrapping is False")]
    [InlineData("Config/Config.cs", "\"ALICLOUD_REGION\"", "\"ALICLOUD_REGION_ID\"", "Config.Region: environment fallbacks")]
    [InlineData("Config/Config.cs", "Get(\"profile\")", "Get(\"profileName\")", "Config: no setting reads \"profile\"")]
    [InlineData("Pulumi.AlicloudRouterInterface.csproj", "\"name\": \"alicloud-routerinterface\"", "\"name\": \"alicloud\"", "pulumi-plugin.json: \"name\"")]
    [InlineData("Pulumi.AlicloudRouterInterface.csproj", "\"version\": \"$(Version)\"", "\"version\": \"0.1.0-dev\"", "pulumi-plugin.json: \"version\"")]
    public void Check_OneDeliberateDrift_IsReported(string file, string find, string replace, string expectedProblem)
    {
        var files = Directory.EnumerateFiles(SdkDriftTests.SdkFolder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(SdkDriftTests.SdkFolder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        Assert.Contains(find, files[file], StringComparison.Ordinal);
        files[file] = files[file].Replace(find, replace, StringComparison.Ordinal);

        var problems = SdkDriftChecker.Check(PackageSchema.Repository, SdkSource.FromFiles(files));

        Assert.Contains(problems, p => p.Contains(expectedProblem, StringComparison.Ordinal));
    }
}
