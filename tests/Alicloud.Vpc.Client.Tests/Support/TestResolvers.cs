namespace Alicloud.Vpc.Client.Tests.Support;

/// <summary>Resolvers over a given environment and home directory instead of the process's.</summary>
internal static class TestResolvers
{
    public static VpcClientSettingsResolver Over(Dictionary<string, string> environment, string? home = null) =>
        new(name => environment.TryGetValue(name, out var value) ? value : null, home);
}
