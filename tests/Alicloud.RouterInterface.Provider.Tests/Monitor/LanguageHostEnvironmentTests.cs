using System.Text.Json;
using Alicloud.RouterInterface.Testing.Monitor;

namespace Alicloud.RouterInterface.Provider.Tests.Monitor;

/// <summary>The variables the .NET language host sets and <c>Deployment.RunAsync</c> requires (pulumi-language-dotnet constructEnv).</summary>
public sealed class LanguageHostEnvironmentTests
{
    private static readonly LanguageHostEnvironment s_environment = new()
    {
        MonitorAddress = "127.0.0.1:1001",
        EngineAddress = "127.0.0.1:1002",
        Project = "proj",
        Stack = "dev",
        ProgramDirectory = "/program",
        DryRun = true,
        Parallel = 8,
        Config = new Dictionary<string, string> { ["proj:region"] = "cn-hangzhou", ["proj:secretKey"] = "s" },
        ConfigSecretKeys = ["proj:secretKey"],
    };

    [Fact]
    public void Variables_HoldEveryOneTheSdkRefusesToRunWithout()
    {
        var variables = s_environment.Variables().ToDictionary(kv => kv.Key, kv => kv.Value);

        Assert.Equal("127.0.0.1:1001", variables["PULUMI_MONITOR"]);
        Assert.Equal("127.0.0.1:1002", variables["PULUMI_ENGINE"]);
        Assert.Equal("proj", variables["PULUMI_PROJECT"]);
        Assert.Equal("dev", variables["PULUMI_STACK"]);
        Assert.True(bool.Parse(variables["PULUMI_DRY_RUN"]));
        Assert.False(bool.Parse(variables["PULUMI_QUERY_MODE"]));
        Assert.Equal(8, int.Parse(variables["PULUMI_PARALLEL"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/program", variables["PULUMI_ROOT_DIRECTORY"]);
    }

    [Fact]
    public void Config_IsAJsonObjectOfNamespacedKeys_AndSecretKeysAJsonArray()
    {
        var variables = s_environment.Variables().ToDictionary(kv => kv.Key, kv => kv.Value);

        var config = JsonSerializer.Deserialize<Dictionary<string, string>>(variables["PULUMI_CONFIG"])!;
        Assert.Equal("cn-hangzhou", config["proj:region"]);
        Assert.Equal(["proj:secretKey"], JsonSerializer.Deserialize<string[]>(variables["PULUMI_CONFIG_SECRET_KEYS"])!);
    }

    [Fact]
    public void EmptyValues_AreLeftOut_AsTheLanguageHostDoes()
    {
        var variables = (s_environment with { Config = new Dictionary<string, string>(), ConfigSecretKeys = [] }).Variables();

        Assert.DoesNotContain(variables, kv => kv.Key is "PULUMI_CONFIG" or "PULUMI_CONFIG_SECRET_KEYS");
    }
}
