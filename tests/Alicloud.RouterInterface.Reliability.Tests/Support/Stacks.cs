using Alicloud.RouterInterface.Testing.Engine;

namespace Alicloud.RouterInterface.Reliability.Tests.Support;

/// <summary>Engines (the harness's stand-in for the Pulumi CLI) configured for the emulator with a leak-check key.</summary>
internal static class Stacks
{
    public static async Task<PulumiEngine> StartAsync(string endpoint, CloudKey key, CancellationToken cancellationToken, PulumiEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        var engine = await PulumiEngine.StartAsync(options ?? new PulumiEngineOptions(), cancellationToken);
        Configure(engine, endpoint, key);
        return engine;
    }

    /// <summary>The stack config as a user sets it: credentials as secrets, the emulator endpoint.</summary>
    public static void Configure(PulumiEngine engine, string endpoint, CloudKey key)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(key);
        engine.Config["region"] = Cloud.Region;
        engine.Config["accessKey"] = ConfigValue.Secret(key.AccessKeyId);
        engine.Config["secretKey"] = ConfigValue.Secret(key.AccessKeySecret);
        if (key.SecurityToken is { } token)
        {
            engine.Config["securityToken"] = ConfigValue.Secret(token);
        }

        engine.Config["endpoint"] = endpoint;
    }

    /// <summary>The ID of a resource in the state (fails the test when it is missing).</summary>
    public static string IdOf(PulumiEngine engine, string name)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return engine.State.Find(name)?.Id ?? throw new InvalidOperationException($"'{name}' is not in the stack state.");
    }

    /// <summary>The <c>force</c> input recorded for a resource (false when absent).</summary>
    public static bool ForceOf(StackResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource.Inputs.Fields.TryGetValue("force", out var force) && PropertyValues.Unwrap(force).BoolValue;
    }
}
