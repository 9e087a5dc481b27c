using System.Globalization;
using System.Text.Json;

namespace Alicloud.RouterInterface.Testing.Monitor;

/// <summary>
/// The environment the .NET language host gives a program (pulumi/pulumi-dotnet
/// <c>pulumi-language-dotnet/main.go</c> <c>constructEnv</c>, v3.112.1), which <c>Deployment.RunAsync</c> reads
/// (<c>sdk/Pulumi/Deployment/Deployment.cs</c>: it refuses to run unless PULUMI_MONITOR, PULUMI_ENGINE,
/// PULUMI_PROJECT, PULUMI_STACK, PULUMI_DRY_RUN, PULUMI_QUERY_MODE and PULUMI_PARALLEL are set;
/// <c>Deployment_Config.cs</c> reads PULUMI_CONFIG as a JSON object of <c>namespace:key</c> to string and
/// PULUMI_CONFIG_SECRET_KEYS as a JSON array).
/// </summary>
public sealed record LanguageHostEnvironment
{
    public required string MonitorAddress { get; init; }

    public required string EngineAddress { get; init; }

    public required string Project { get; init; }

    public required string Stack { get; init; }

    public string Organization { get; init; } = "organization";

    public required string ProgramDirectory { get; init; }

    public bool DryRun { get; init; }

    public int Parallel { get; init; }

    /// <summary>The stack's whole config, keys with their namespace (<c>project:key</c>, <c>package:key</c>).</summary>
    public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>();

    /// <summary>The keys of <see cref="Config"/> set with <c>--secret</c>.</summary>
    public IReadOnlyList<string> ConfigSecretKeys { get; init; } = [];

    /// <summary>The variables in the order the language host appends them (empty values are left out, as there).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Variables()
    {
        var result = new List<KeyValuePair<string, string>>();
        void Add(string name, string value)
        {
            if (value.Length > 0)
            {
                result.Add(new(name, value));
            }
        }

        Add("PULUMI_MONITOR", MonitorAddress);
        Add("PULUMI_ENGINE", EngineAddress);
        Add("PULUMI_ORGANIZATION", Organization);
        Add("PULUMI_PROJECT", Project);
        Add("PULUMI_ROOT_DIRECTORY", ProgramDirectory);
        Add("PULUMI_STACK", Stack);
        Add("PULUMI_PWD", ProgramDirectory);
        Add("PULUMI_DRY_RUN", DryRun ? "true" : "false");
        // The engine has no query mode any more; the SDK still requires the variable.
        Add("PULUMI_QUERY_MODE", "false");
        Add("PULUMI_PARALLEL", Parallel.ToString(CultureInfo.InvariantCulture));
        Add("PULUMI_CONFIG", Config.Count == 0 ? "" : JsonSerializer.Serialize(Config));
        Add("PULUMI_CONFIG_SECRET_KEYS", ConfigSecretKeys.Count == 0 ? "" : JsonSerializer.Serialize(ConfigSecretKeys));
        Add("PULUMI_ATTACH_DEBUGGER", "false");
        return result;
    }
}
